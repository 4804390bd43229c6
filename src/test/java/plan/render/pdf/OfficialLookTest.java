package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import plan.testing.Cli;

/**
 * The official look as a reader of the PDF finds it, built through the command line: the page
 * labels (ปก, ก ข ค for the front matter, 1 2 3 for the body) read back from /PageLabels and
 * printed at the top of each page (the list of tables lettered after the contents); the logo found as an image on the cover, and only there, as a
 * Figure whose alternative text is the office; the preface before the contents; no coloured pixel
 * on any page of an official plan (its budget chart in greys), where the modern look has them, and
 * on the official cover none outside the logo.
 */
@Tag("pdf-tools") // pdftoppm, pdfimages, pdftotext
class OfficialLookTest {
    private static final String OFFICIAL = "official-action-plan";
    private static final String ORGANIZATION = "โรงเรียนบ้านหนองบัววิทยา";

    @TempDir
    static Path site;

    @BeforeAll
    static void build() {
        Cli.Result official = Cli.run("build", "examples/official", "examples/full.plan.yaml", "--out",
                site.resolve("official").toString(), "--format", "pdf");
        assertThat(official.exitCode()).as(official.err()).isZero();
        Cli.Result modern = Cli.run("build", "examples/full.plan.yaml", "--style", "modern", "--out",
                site.resolve("modern").toString(), "--format", "pdf");
        assertThat(modern.exitCode()).as(modern.err()).isZero();
    }

    private static Path pdf(String folder, String id) {
        return site.resolve(folder).resolve(id + ".pdf");
    }

    @Test
    void frontMatterIsLetteredAndTheBodyCountsFromOne() throws IOException {
        Path pdf = pdf("official", OFFICIAL);
        String[] labels = labels(pdf);
        // Cover, preface (ก), contents (ข), list of tables (ค), then the body from 1.
        assertThat(labels[0]).isEqualTo("ปก");
        assertThat(labels[1]).isEqualTo("ก");
        assertThat(labels[2]).isEqualTo("ข");
        assertThat(labels[3]).isEqualTo("ค");
        List<String> body = List.of(labels).subList(4, labels.length);
        assertThat(body).isEqualTo(IntStream.rangeClosed(1, body.size()).mapToObj(Integer::toString).toList());
        // What the label says is what the page prints at its top (drawn as the page ends, so last in its text).
        List<String> pages = PdfTools.pages(pdf);
        for (int p = 1; p < pages.size(); p++) {
            List<String> lines = pages.get(p).strip().lines().toList();
            assertThat(lines.get(lines.size() - 1).strip()).as("page " + (p + 1)).isEqualTo(labels[p]);
        }
        assertThat(pages.get(0)).doesNotContain("ปก"); // the cover prints no number
        assertThat(pages.get(1)).contains("คำนำ", "(นายสมชาย ใจดี)", "15 ตุลาคม 2567");
        assertThat(pages.get(2)).contains("สารบัญ");
        assertThat(pages.get(3)).contains("สารบัญตาราง", "ตารางที่ 1 ");
        // The contents give the preface its letter and the chapters their body numbers.
        assertThat(pages.get(2).lines().filter(l -> l.startsWith("คำนำ")).findFirst().orElse("")).endsWith("ก");
        // Its first part's separator page is page 1, the part's first chapter page 2.
        assertThat(pages.get(2).lines().filter(l -> l.startsWith("ส่วนที่ 1 บทนำ")).findFirst().orElse("")).endsWith("1");
        assertThat(pages.get(2).lines().filter(l -> l.startsWith("หลักการและเหตุผล")).findFirst().orElse("")).endsWith("2");
    }

    @Test
    void theModernLookHasNoPageLabels() throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf("modern", "full-example")));
        try {
            assertThat(reader.getCatalog().get(PdfName.PAGELABELS)).isNull();
        } finally {
            reader.close();
        }
        assertThat(labels(pdf("official", "full-example"))[1]).isEqualTo("ก"); // the contents, without a preface
    }

    @Test
    void theLogoIsOnTheCoverOnlyAndReadsAsTheOffice() throws IOException {
        Path pdf = pdf("official", OFFICIAL);
        List<String> images = PdfTools.ok("pdfimages", "-list", pdf.toString()).lines().skip(2)
                .filter(l -> !l.isBlank()).toList();
        assertThat(images).isNotEmpty();
        assertThat(images).allSatisfy(l -> assertThat(l.strip().split("\\s+")[0]).isEqualTo("1"));
        assertThat(images.get(0).strip().split("\\s+")).contains("600"); // the example's 600 × 600 logo, as drawn
        assertThat(figureAlternatives(pdf)).contains(ORGANIZATION);
        assertThat(PdfTools.ok("pdfimages", "-list", pdf("official", "full-example").toString()).lines().skip(2)
                .filter(l -> !l.isBlank())).isEmpty();
    }

    @Test
    void theCoverSaysEachThingOnce() {
        // The example's title names its year, and its subtitle is the school's name: neither again.
        String cover = PdfTools.pages(pdf("official", OFFICIAL)).get(0);
        assertThat(cover).contains("แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2568", ORGANIZATION);
        assertThat(cover.split("พ.ศ. 2568", -1)).as(cover).hasSize(2);
        assertThat(cover.split(ORGANIZATION, -1)).as(cover).hasSize(2);
        // A title without the period keeps the period's line.
        String full = PdfTools.pages(pdf("official", "full-example")).get(0);
        assertThat(full).containsPattern("พ\\.ศ\\. 25\\d\\d–25\\d\\d");
    }

    @Test
    void anOfficialPlanHasNoColouredPixelWhereTheModernOneHas() throws IOException {
        assertThat(colouredPixels(pdf("official", "full-example"))).isZero();
        assertThat(colouredPixels(pdf("modern", "full-example"))).isPositive();
    }

    @Test
    void theOfficialCoverIsColouredOnlyInsideTheLogo() throws IOException {
        Path out = site.resolve("cover");
        Files.createDirectories(out);
        PdfTools.ok("pdftoppm", "-r", "30", "-f", "1", "-l", "1", pdf("official", OFFICIAL).toString(),
                out.resolve("p").toString());
        PdfTools.Rgb cover = PdfTools.Rgb.read(onlyFile(out));
        // The logo: at most 6 cm wide, centred, in the top 3.5 cm of the text area (2.5 cm down).
        double cm = 30 / 2.54;
        int left = (int) ((3 + (21 - 5) / 2.0 - 3) * cm);
        int right = (int) ((3 + (21 - 5) / 2.0 + 3) * cm) + 1;
        int top = (int) (2.5 * cm) - 1;
        int bottom = (int) (6 * cm) + 2;
        assertThat(cover.colouredIn(left, top, right, bottom)).isPositive();
        assertThat(cover.coloured()).isEqualTo(cover.colouredIn(left, top, right, bottom));
    }

    /**
     * Each page's label as PDF 2.0 (12.4.2) defines it from the catalog's /PageLabels number tree
     * (a flat /Nums, as writers of one-level trees make it): the prefix /P, then, if there is a
     * style /S, the page's number in that style from /St. Read here, not by the writer's library.
     */
    private static String[] labels(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            PdfDictionary tree = reader.getCatalog().getAsDict(PdfName.PAGELABELS);
            assertThat(tree).as("/PageLabels").isNotNull();
            org.openpdf.text.pdf.PdfArray nums = tree.getAsArray(PdfName.NUMS);
            String[] out = new String[reader.getNumberOfPages()];
            for (int k = 0; k < nums.size(); k += 2) {
                int from = ((org.openpdf.text.pdf.PdfNumber) PdfReader.getPdfObject(nums.getPdfObject(k))).intValue();
                int to = k + 2 < nums.size()
                        ? ((org.openpdf.text.pdf.PdfNumber) PdfReader.getPdfObject(nums.getPdfObject(k + 2))).intValue()
                        : out.length;
                PdfDictionary range = (PdfDictionary) PdfReader.getPdfObject(nums.getPdfObject(k + 1));
                String prefix = range.getAsString(PdfName.P) == null ? "" : range.getAsString(PdfName.P).toUnicodeString();
                PdfName style = range.getAsName(PdfName.S);
                int start = range.getAsNumber(PdfName.ST) == null ? 1 : range.getAsNumber(PdfName.ST).intValue();
                assertThat(style == null || style.equals(PdfName.D)).as("style of range " + from).isTrue();
                for (int page = from; page < to; page++) {
                    out[page] = prefix + (style == null ? "" : Integer.toString(start + page - from));
                }
            }
            return out;
        } finally {
            reader.close();
        }
    }

    /** The /Alt of every Figure of the structure tree, as a reader of the file finds them. */
    static List<String> figureAlternatives(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            List<String> out = new ArrayList<>();
            for (int i = 1; i < reader.getXrefSize(); i++) {
                PdfObject o = PdfReader.getPdfObjectRelease(reader.getPdfObject(i));
                if (o instanceof PdfDictionary d && new PdfName("Figure").equals(d.get(PdfName.S))
                        && d.get(PdfName.ALT) instanceof PdfString alt) {
                    out.add(alt.toUnicodeString());
                }
            }
            return out;
        } finally {
            reader.close();
        }
    }

    private static long colouredPixels(Path pdf) throws IOException {
        Path out = Files.createTempDirectory(site, "pages");
        PdfTools.ok("pdftoppm", "-r", "30", pdf.toString(), out.resolve("p").toString());
        long n = 0;
        try (Stream<Path> files = Files.list(out)) {
            for (Path page : files.sorted().toList()) {
                n += PdfTools.Rgb.read(page).coloured();
            }
        }
        return n;
    }

    private static Path onlyFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findFirst().orElseThrow();
        }
    }
}
