package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * Issue 32, item 6: an SVG logo is drawn on the official cover (at 300 dpi, fitted into the logo's
 * box, its proportions kept), reads as the office in the tagged PDF, and stays an image file in the
 * HTML, never markup copied into the page.
 */
@Tag("pdf-tools") // pdfimages, pdftoppm
class SvgLogoTest {
    private static final String ORGANIZATION = "โรงเรียนบ้านตัวอย่าง";
    /** Twice as wide as high: the 6 cm × 3.5 cm box fits it 6 cm wide, 3 cm high. */
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\">"
            + "<rect x=\"0\" y=\"0\" width=\"200\" height=\"100\" fill=\"#1d3f8a\"/>"
            + "<g transform=\"translate(100 50) scale(2)\"><circle r=\"20\" fill=\"#e0a020\" stroke=\"#ffffff\" stroke-width=\"2\"/></g>"
            + "<path d=\"M10 90 L40 60 Q60 40 80 60 T150 60 A20 20 0 0 1 190 90 Z\" fill=\"#2f8a3a\"/></svg>";

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        Files.writeString(dir.resolve("ตรา.svg"), SVG);
        Files.writeString(dir.resolve("school.plan.yaml"), Files.readString(Path.of("examples/minimal.plan.yaml"))
                .replace("  name: " + ORGANIZATION + "\n", "  name: " + ORGANIZATION + "\n  logo: ตรา.svg\n"));
        Cli.Result r = Cli.run("build", dir.resolve("school.plan.yaml").toString(), "--out", dir.resolve("site").toString(),
                "--format", "pdf,html");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void theCoverHasTheDrawingAt300DpiInTheLogosBox() {
        List<String[]> images = PdfTools.ok("pdfimages", "-list", dir.resolve("site/school.pdf").toString()).lines()
                .skip(2).filter(l -> !l.isBlank()).map(l -> l.strip().split("\\s+")).toList();
        // page, num, type, width, height, ...: the drawing (and its transparency mask) on the cover only
        assertThat(images).isNotEmpty().allSatisfy(c -> assertThat(c[0]).isEqualTo("1"));
        String[] picture = images.get(0);
        assertThat(picture[2]).isEqualTo("image");
        assertThat(Integer.parseInt(picture[3])).isBetween(708, 710); // 6 cm at 300 dpi
        assertThat(Integer.parseInt(picture[4])).isBetween(353, 355); // 3 cm
    }

    @Test
    void theLogoReadsAsTheOfficeAndIsColouredWhereItStands() throws IOException {
        Path pdf = dir.resolve("site/school.pdf");
        assertThat(OfficialLookTest.figureAlternatives(pdf)).contains(ORGANIZATION);
        Path pages = Files.createDirectories(dir.resolve("cover"));
        PdfTools.ok("pdftoppm", "-r", "30", "-f", "1", "-l", "1", pdf.toString(), pages.resolve("p").toString());
        PdfTools.Rgb cover;
        try (var files = Files.list(pages)) {
            cover = PdfTools.Rgb.read(files.findFirst().orElseThrow());
        }
        double cm = 30 / 2.54;
        int left = (int) (7 * cm) - 1;   // 3 cm margin, then the 16 cm text area's middle 6 cm
        int right = (int) (14 * cm) + 2;
        int top = (int) (2.5 * cm) - 1;
        int bottom = (int) (5.5 * cm) + 2;
        long inBox = cover.colouredIn(left, top, right, bottom);
        // Most of the 6 cm × 3 cm box is painted (blue, gold, green), and nothing outside it.
        assertThat(inBox).isGreaterThan((long) (0.8 * 6 * 3 * cm * cm));
        assertThat(cover.coloured()).isEqualTo(inBox);
    }

    @Test
    void theHtmlShowsTheFileAsAnImage() throws IOException {
        Path asset = dir.resolve("site/assets/school-logo.svg");
        assertThat(asset).hasContent(SVG);
        String html = Files.readString(dir.resolve("site/school.html"));
        assertThat(html).contains("src=\"assets/school-logo.svg\"").doesNotContain("<circle");
    }
}
