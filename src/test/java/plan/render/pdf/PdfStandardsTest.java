package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import plan.render.pdf.text.PdfFonts;
import plan.testing.Cli;
import plan.testing.VeraPdf;

/**
 * Every PDF the tests make conforms to PDF/UA-2 and PDF/A-4, as veraPDF judges it: the seed plans,
 * the examples (an action plan with a chart and wide tables among them), the cascade example, and
 * the Thai test fixture. A PDF written with {@code --pdf-standard none} does not, so the check can
 * fail. For the seed plans the structure tree is read back: every heading of the Markdown is an
 * H element, in order, and every table has header cells.
 */
@Tag("pdf-tools") // veraPDF takes a second or two a file: with the other slow PDF tests
class PdfStandardsTest {
    private static final List<String> SEEDS = List.of("spm-sisaket-yasothon", "spp-mahasarakham-2", "spp-sisaket-2");

    @TempDir
    static Path site;

    @BeforeAll
    static void build() {
        Cli.Result plans = Cli.run("build", "plans", "examples/minimal.plan.yaml", "examples/full.plan.yaml",
                "examples/action-plan.plan.yaml", "examples/situation-analysis.plan.yaml", "examples/official",
                "--out", site.resolve("plans").toString(), "--format", "md,pdf");
        assertThat(plans.exitCode()).as(plans.err()).isZero();
        Cli.Result cascade = Cli.run("build", "examples/cascade", "frameworks", "--out",
                site.resolve("cascade").toString(), "--format", "pdf");
        assertThat(cascade.exitCode()).as(cascade.err()).isZero();
        Cli.Result plain = Cli.run("build", "examples/minimal.plan.yaml", "--pdf-standard", "none", "--out",
                site.resolve("plain").toString(), "--format", "pdf");
        assertThat(plain.exitCode()).as(plain.err()).isZero();
    }

    @TestFactory
    Stream<DynamicTest> everyBuiltPdfConformsToPdfUa2AndPdfA4() throws IOException {
        List<Path> pdfs = new ArrayList<>();
        for (String folder : List.of("plans", "cascade")) {
            try (Stream<Path> files = Files.list(site.resolve(folder))) {
                files.filter(f -> f.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
            }
        }
        // 3 seeds, 5 examples (the position chart, and an official one with logo and preface), 3 cascade plans
        // and the area office's roll-up of its schools
        assertThat(pdfs).hasSize(12);
        return pdfs.stream().map(pdf -> DynamicTest.dynamicTest(pdf.getFileName().toString(),
                () -> assertConforms(Files.readAllBytes(pdf))));
    }

    @Test
    void theThaiFixtureConformsWithArabicAndThaiDigits() throws Exception {
        PdfRenderer renderer = new PdfRenderer(PdfFonts.bundled());
        assertConforms(Fixture.render(renderer, Fixture.markdown(), Fixture.info(Fixture.EPOCH, false)));
        assertConforms(Fixture.render(renderer, Fixture.markdown(), Fixture.info(Fixture.EPOCH, true)));
    }

    @Test
    void anUntaggedPdfFailsSoTheCheckCanFail() throws IOException {
        byte[] plain = Files.readAllBytes(site.resolve("plain").resolve("minimal.pdf"));
        List<VeraPdf.Failure> failures = VeraPdf.failuresOfClaimed(plain);
        assertThat(failures).extracting(VeraPdf.Failure::clause)
                .contains("8.2.1", "8.2.2", "6.7.2.1"); // no structure tree, untagged content, no XMP
        assertThat(StructureTree.of(plain).elements()).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> theSeedsHeadingsAreHeadingsInOrderAndTheirTablesHaveHeaderCells() {
        return SEEDS.stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            Path folder = site.resolve("plans");
            String markdown = Files.readString(folder.resolve(id + ".md"), StandardCharsets.UTF_8);
            StructureTree tree = StructureTree.of(Files.readAllBytes(folder.resolve(id + ".pdf")));
            List<String> expected = new ArrayList<>();
            for (Node n : Fixture.parse(markdown).getDescendants()) {
                // The list of tables' heading is printed as its list's title, like the contents'.
                if (n instanceof Heading h && !plan.render.TableCaptions.isListHeading(h)) {
                    expected.add("H" + h.getLevel() + " " + squeeze(Inlines.of(h, List.of()).plainText()));
                }
            }
            List<String> actual = tree.elements().stream().filter(e -> e.type().matches("H[1-6]"))
                    .map(e -> e.type() + " " + squeeze(e.text())).toList();
            assertThat(expected).as("headings of %s.md", id).hasSizeGreaterThan(5);
            assertThat(actual).as("H elements of %s.pdf", id).containsExactlyElementsOf(expected);

            List<StructureTree.Element> tables = tree.elements().stream().filter(e -> e.type().equals("Table")).toList();
            assertThat(tables).as("tables of %s.pdf", id).isNotEmpty();
            for (StructureTree.Element table : tables) {
                List<String> cells = table.descendants().stream().map(StructureTree.Element::type)
                        .filter(t -> t.equals("TH") || t.equals("TD")).toList();
                assertThat(cells).as("cells of a table in %s.pdf: %s", id, table.text()).contains("TH");
            }
            assertThat(tree.root().children()).extracting(StructureTree.Element::type).containsExactly("Document");
        }));
    }

    private static void assertConforms(byte[] pdf) {
        List<VeraPdf.Failure> failures = VeraPdf.failuresOfClaimed(pdf);
        assertThat(failures).as("veraPDF found rules broken:%n%s",
                failures.stream().map(f -> "  " + f).collect(Collectors.joining("\n"))).isEmpty();
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
