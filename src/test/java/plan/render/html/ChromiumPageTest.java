package plan.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built pages in Debian's headless Chromium: each loads, and the Thai text is set in the
 * Sarabun shipped in assets/fonts, not in whatever font the reader's machine falls back to.
 */
@Tag("browser")
class ChromiumPageTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("plan.render.html.Site#pages")
    void pageLoads(Path page) {
        Tools.Result r = Tools.chromium("--dump-dom", page.toUri().toString());
        assertThat(r.exit()).as("chromium --dump-dom %s: %s", page, r.err()).isZero();
        // The DOM Chromium built holds the page's main content, not an error page.
        assertThat(r.out()).contains("<main class=\"").contains("</main>").contains("assets/plan.css");
    }

    /**
     * Printed to PDF, every font Chromium used is Sarabun: each glyph of the page (Thai, Latin,
     * digits, bold, italic) came from the shipped font, none from a fallback.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("plan.render.html.Site#pages")
    void printedPageUsesOnlySarabun(Path page, @TempDir Path tmp) {
        List<String> fonts = fontsOfPrinted(page, tmp.resolve("page.pdf"));
        assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("Sarabun"), "is a Sarabun face");
    }

    /** The PDF check can fail: without assets/fonts the same page prints in other fonts. */
    @Test
    void withoutShippedFontsThePagePrintsInAFallback(@TempDir Path tmp) throws IOException {
        Path bare = withoutFonts(tmp.resolve("site"));
        List<String> fonts = fontsOfPrinted(bare.resolve("full-example.html"), tmp.resolve("page.pdf"));
        assertThat(fonts).isNotEmpty().noneMatch(f -> f.contains("Sarabun"));
    }

    /**
     * The screenshot as built differs from one with assets/fonts removed, while two screenshots
     * as built are the same: the difference is the font, not noise.
     */
    @Test
    void screenshotChangesWhenTheFontIsMissing(@TempDir Path tmp) throws IOException {
        Path bare = withoutFonts(tmp.resolve("site"));
        Path shots = Tools.screenshots();
        BufferedImage built = screenshot(Site.root().resolve("full-example.html"), shots.resolve("desktop-sarabun.png"));
        BufferedImage again = screenshot(Site.root().resolve("full-example.html"), tmp.resolve("again.png"));
        BufferedImage fallback = screenshot(bare.resolve("full-example.html"), shots.resolve("desktop-fallback.png"));

        double noise = differingShare(built, again);
        double font = differingShare(built, fallback);
        System.out.printf("screenshots: %.4f of pixels differ between two runs, %.4f without the font%n", noise, font);
        assertThat(noise).as("two screenshots of the same page").isLessThan(0.001);
        // Text covers a small part of the page; a different font moves most of its pixels.
        assertThat(font).as("Sarabun vs fallback font").isGreaterThan(0.02);
    }

    private static List<String> fontsOfPrinted(Path page, Path pdf) {
        Tools.Result r = Tools.chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString());
        assertThat(pdf).as("chromium --print-to-pdf: %s", r.err()).isNotEmptyFile();
        String table = Tools.ok(null, "pdffonts", pdf.toString());
        // pdffonts prints two header lines, then one font a line, its name first.
        return table.lines().skip(2).map(l -> l.split("\\s+")[0]).toList();
    }

    private static BufferedImage screenshot(Path page, Path png) throws IOException {
        Tools.Result r = Tools.chromium("--window-size=1280,1000", "--screenshot=" + png.toAbsolutePath(),
                page.toUri().toString());
        assertThat(png).as("chromium --screenshot: %s", r.err()).isNotEmptyFile();
        return ImageIO.read(png.toFile());
    }

    /** Share of pixels whose colour differs noticeably between two pictures of the same size. */
    private static double differingShare(BufferedImage a, BufferedImage b) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        long differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int d = Math.abs((p >> 16 & 255) - (q >> 16 & 255)) + Math.abs((p >> 8 & 255) - (q >> 8 & 255))
                        + Math.abs((p & 255) - (q & 255));
                if (d > 96) {
                    differing++;
                }
            }
        }
        return (double) differing / ((long) a.getWidth() * a.getHeight());
    }

    /** A copy of the built site without assets/fonts: the browser must fall back. */
    static Path withoutFonts(Path target) throws IOException {
        Path source = Site.root();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path rel = source.relativize(p);
                if (rel.startsWith(Path.of("assets", "fonts"))) {
                    continue;
                }
                Path to = target.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        assertThat(Arrays.asList(target.resolve("assets").toFile().list())).doesNotContain("fonts");
        return target;
    }
}
