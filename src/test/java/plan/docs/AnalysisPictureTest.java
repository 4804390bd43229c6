package plan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;
import plan.testing.ExternalTool;
import plan.testing.Golden;

/**
 * The guide's picture of the situation analysis chapter: the PDF page of
 * examples/situation-analysis.plan.yaml that holds the position chart, made with pdftoppm when
 * the tests run with {@code -Dgolden.update=true}. docs/images/analysis.sha256 records the PDF
 * it was taken from (its own record, beside {@link GuidePicturesTest}'s): when today's build
 * gives other bytes, the picture is stale and this test fails until it is made again.
 */
class AnalysisPictureTest {
    static final Path MANIFEST = GuidePicturesTest.IMAGES.resolve("analysis.sha256");
    static final Path PICTURE = GuidePicturesTest.IMAGES.resolve("analysis-chart.png");
    static final String ID = "situation-analysis";

    @TempDir
    Path out;

    @Test
    void thePictureShowsWhatTodaysBuildMakes() throws IOException {
        Cli.Result built = Cli.run("build", "examples/" + ID + ".plan.yaml", "--out", out.toString(), "--lang", "th",
                "--format", "pdf");
        assertThat(built.exitCode()).as(built.err()).isZero();
        Path pdf = out.resolve(ID + ".pdf");
        String manifest = GuidePicturesTest.sha256(GuidePicturesTest.withoutDates(Files.readAllBytes(pdf))) + "  " + ID
                + ".pdf\n";
        if (Golden.updating()) {
            picture(pdf, chartPage(pdf));
        }
        Golden.assertMatches(MANIFEST, manifest);
        assertThat(Files.size(PICTURE)).isBetween(5_000L, GuidePicturesTest.MAX_PICTURE_BYTES);
        assertThat(Files.readString(Path.of("docs", "guide.th.md"))).contains("(images/analysis-chart.png)");
    }

    /** The page whose text has the chart's caption: the quadrant named after the point's figures. */
    private static int chartPage(Path pdf) {
        String[] pages = ExternalTool.ok(null, List.of("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-"))
                .split("\f");
        for (int i = 0; i < pages.length; i++) {
            if (pages[i].contains("(0.95, 0.25)")) {
                return i + 1;
            }
        }
        throw new AssertionError("no page of " + pdf + " has the position chart's caption");
    }

    private static void picture(Path pdf, int page) throws IOException {
        Path dir = Files.createTempDirectory("guide-pdf-");
        ExternalTool.ok(null, List.of("pdftoppm", "-png", "-r", "70", "-f", String.valueOf(page), "-l",
                String.valueOf(page), "-singlefile", pdf.toString(), dir.resolve("page").toString()));
        Files.copy(dir.resolve("page.png"), PICTURE, StandardCopyOption.REPLACE_EXISTING);
    }
}
