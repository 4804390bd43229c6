package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import plan.render.pdf.text.PdfFonts;

/** The fixture's pages rasterised with pdftoppm: text where it belongs, margins left empty. */
@Tag("pdf-tools")
class PdfPagesPictureTest {
    static final int DPI = 50;
    static final double PT = DPI / 72.0;
    static List<PdfTools.Gray> pictures = new ArrayList<>();
    static int pageCount;

    @BeforeAll
    static void rasterise() throws Exception {
        PdfRenderer renderer = new PdfRenderer(PdfFonts.bundled());
        byte[] pdf = Fixture.render(renderer, Fixture.markdown(), Fixture.info(Fixture.EPOCH, false));
        Path dir = Path.of("target", "pdf-test", "pages");
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        Path file = dir.resolve("fixture.pdf");
        Files.write(file, pdf);
        PdfTools.ok("pdftoppm", "-r", String.valueOf(DPI), "-gray", file.toString(), dir.resolve("page").toString());
        try (Stream<Path> pgm = Files.list(dir)) {
            for (Path p : pgm.filter(p -> p.toString().endsWith(".pgm")).sorted().toList()) {
                pictures.add(PdfTools.Gray.read(p));
            }
        }
        String info = PdfTools.ok("pdfinfo", file.toString());
        pageCount = Integer.parseInt(info.lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow()
                .substring(6).trim());
    }

    @Test
    void everyPageIsRenderedAsA4() {
        assertThat(pageCount).isBetween(5, 9);
        assertThat(pictures).hasSize(pageCount).allSatisfy(p -> {
            assertThat(p.width()).isCloseTo((int) Math.round(595 * PT), org.assertj.core.data.Offset.offset(2));
            assertThat(p.height()).isCloseTo((int) Math.round(842 * PT), org.assertj.core.data.Offset.offset(2));
        });
    }

    @Test
    void textAreaHasInkOnEveryPage() throws IOException {
        for (int i = 0; i < pictures.size(); i++) {
            PdfTools.Gray p = pictures.get(i);
            int ink = p.inkIn(px(PdfStyles.MARGIN_LEFT), px(PdfStyles.MARGIN_TOP),
                    p.width() - px(PdfStyles.MARGIN_RIGHT), p.height() - px(PdfStyles.MARGIN_BOTTOM), 160);
            assertThat(ink).as("dark pixels in the text area of page %d", i + 1).isGreaterThan(500);
        }
    }

    @Test
    void leftAndRightMarginsStayEmpty() {
        // 2 mm of slack for anti-aliasing at the edge of the text area.
        int slack = px(2 * PdfStyles.CM / 10);
        for (int i = 0; i < pictures.size(); i++) {
            PdfTools.Gray p = pictures.get(i);
            assertThat(p.inkIn(0, 0, px(PdfStyles.MARGIN_LEFT) - slack, p.height(), 250))
                    .as("ink in the left margin of page %d", i + 1).isZero();
            assertThat(p.inkIn(p.width() - px(PdfStyles.MARGIN_RIGHT) + slack, 0, p.width(), p.height(), 250))
                    .as("ink in the right margin of page %d", i + 1).isZero();
        }
    }

    @Test
    void headerAndFooterBandsOnlyAfterTheCover() {
        for (int i = 0; i < pictures.size(); i++) {
            PdfTools.Gray p = pictures.get(i);
            int header = p.inkIn(0, 0, p.width(), px(PdfStyles.MARGIN_TOP) - 2, 250);
            int footer = p.inkIn(0, p.height() - px(PdfStyles.MARGIN_BOTTOM) + 2, p.width(), p.height(), 250);
            if (i == 0) {
                assertThat(header + footer).as("cover page margins").isZero();
            } else {
                assertThat(header).as("running header on page %d", i + 1).isPositive();
                assertThat(footer).as("page number on page %d", i + 1).isPositive();
            }
        }
    }

    private static int px(float points) {
        return (int) Math.round(points * PT);
    }
}
