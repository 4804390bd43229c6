package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import plan.render.pdf.text.FontSet;
import plan.render.pdf.text.ParagraphLayout;
import plan.render.pdf.text.PdfFonts;
import plan.render.pdf.text.ThaiLineBreaker;
import plan.render.pdf.text.TypesettingBudget;

/**
 * Marks stay on their bases when a line is spread the Thai way, judged in pictures at 300 dpi.
 * Page 1 is our justified line. Page 3 is the truth it must match: each grapheme cluster shaped
 * and drawn on its own, moved right by the spread of the gaps before it, so that a mark can only
 * be where its base is. Page 2 is the same spread done the way OpenPDF justifies (character
 * spacing after every glyph, marks included), which tears the marks off: the comparison must see
 * that, so it is known to be able to fail.
 */
class MarkPlacementPictureTest {
    static final int DPI = 300;
    static final float SIZE = 40f;
    static final float PAGE_H = 200f;
    static final float BASELINE = 100f;
    static final String TEXT = "ที่นี่น้ำปั้นญี่ปุ่นฏุฐูกำหนดค่ำซึ่งปู่ชี้";
    static PdfTools.Gray ours;
    static PdfTools.Gray charSpaced;
    static PdfTools.Gray truth;

    @BeforeAll
    static void draw() throws Exception {
        FontSet fonts = FontSet.load(PdfFonts.bundled());
        ThaiLineBreaker breaker = new ThaiLineBreaker();
        ParagraphLayout layout = new ParagraphLayout(TEXT, List.of(new ParagraphLayout.StyledRun(0, TEXT.length(),
                fonts.regular, SIZE, Color.BLACK, false, false, false, null, null, null)), breaker, fonts.shaper,
                TypesettingBudget.unlimited());
        float natural = layout.width(0, TEXT.length());
        BitSet starts = breaker.clusterStarts(TEXT);
        int gaps = starts.cardinality() - 2; // not before the first cluster, not at the end
        float perCluster = 0.11f * SIZE; // just under the most LineDrawing spreads
        float width = natural + perCluster * gaps;
        ParagraphLayout.Line line = new ParagraphLayout.Line(0, TEXT.length(), TEXT.length(), natural, false);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(new Rectangle(width + 40, PAGE_H), 0, 0, 0, 0);
        doc.setGlyphLayoutManager(fonts.layout);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        PdfContentByte cb = writer.getDirectContent();
        new LineDrawing(layout, line, ParagraphLayout.Align.JUSTIFY, width, TypesettingBudget.unlimited())
                .draw(cb, 20, 0, 20 + width, 0, BASELINE);
        doc.newPage();
        cb.beginText();
        cb.setFontAndSize(fonts.regular, SIZE);
        cb.setCharacterSpacing(perCluster);
        cb.setTextMatrix(20, BASELINE);
        cb.showText(TEXT);
        cb.endText();
        doc.newPage();
        int k = 0;
        for (int s = 0; s < TEXT.length(); s = starts.nextSetBit(s + 1), k++) {
            int e = starts.nextSetBit(s + 1);
            cb.beginText();
            cb.setFontAndSize(fonts.regular, SIZE);
            cb.setTextMatrix(20 + layout.width(0, s) + k * perCluster, BASELINE);
            cb.showText(TEXT.substring(s, e));
            cb.endText();
        }
        doc.close();

        Path dir = Path.of("target", "pdf-test", "marks");
        Files.createDirectories(dir);
        Path pdf = dir.resolve("marks.pdf");
        Files.write(pdf, out.toByteArray());
        PdfTools.ok("pdftoppm", "-r", String.valueOf(DPI), "-gray", pdf.toString(), dir.resolve("page").toString());
        ours = PdfTools.Gray.read(dir.resolve("page-1.pgm"));
        charSpaced = PdfTools.Gray.read(dir.resolve("page-2.pgm"));
        truth = PdfTools.Gray.read(dir.resolve("page-3.pgm"));
    }

    @Test
    void justifiedMarksSitOnTheirBases() {
        int ink = truth.inkIn(0, 0, truth.width(), truth.height(), 128);
        assertThat(ink).as("the line is drawn").isGreaterThan(20_000);
        assertThat(differing(ours, truth)).as("pixels unlike each cluster drawn on its own").isLessThan(ink / 100);
    }

    @Test
    void theComparisonSeesMarksTornOffByCharacterSpacing() {
        int ink = truth.inkIn(0, 0, truth.width(), truth.height(), 128);
        assertThat(differing(charSpaced, truth)).isGreaterThan(ink / 10);
    }

    @Test
    void theTextStillCopiesExactly() {
        String text = PdfTools.ok("pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8",
                Path.of("target", "pdf-test", "marks", "marks.pdf").toString(), "-");
        assertThat(text.strip()).isEqualTo(TEXT);
    }

    /** Pixels that are ink in one picture and paper in the other (anti-aliased edges aside). */
    private static int differing(PdfTools.Gray a, PdfTools.Gray b) {
        int n = 0;
        for (int y = 0; y < Math.min(a.height(), b.height()); y++) {
            for (int x = 0; x < Math.min(a.width(), b.width()); x++) {
                if (Math.abs(a.at(x, y) - b.at(x, y)) > 160) {
                    n++;
                }
            }
        }
        return n;
    }
}
