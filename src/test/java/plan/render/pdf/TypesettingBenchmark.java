package plan.render.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
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
 * What Thai line breaking and justification cost, per 100,000 characters of body text; not a test.
 * Run by {@code src/bench/run.sh}, or directly:
 * {@code java -cp target/classes:target/test-classes:DEPS plan.render.pdf.TypesettingBenchmark [chars]}.
 */
public final class TypesettingBenchmark {
    private static final String TEXT = "โรงเรียนจัดการศึกษาขั้นพื้นฐานให้มีคุณภาพตามมาตรฐานและทั่วถึงทุกชุมชน"
            + "เพื่อพัฒนาผู้เรียนให้มีความรู้คู่คุณธรรม ครูกำหนดเป้าหมายการเรียนรู้ร่วมกับผู้ปกครอง "
            + "สถานศึกษาบริหารงบประมาณอย่างมีประสิทธิภาพ โปร่งใส ตรวจสอบได้ (ICT 4.0) ";

    private TypesettingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int chars = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        FontSet fonts = FontSet.load(PdfFonts.bundled());
        String text = TEXT.repeat(chars / TEXT.length() + 1).substring(0, chars);
        for (int round = 0; round < 3; round++) { // the last round is reported: the JIT has warmed up
            boolean report = round == 2;
            long t0 = System.nanoTime();
            ThaiLineBreaker breaker = new ThaiLineBreaker();
            breaker.icuBreaks(text);
            long t1 = System.nanoTime();
            breaker.breaks(text); // ICU again, plus the lexicon
            breaker.clusterStarts(text);
            long t2 = System.nanoTime();
            ParagraphLayout layout = new ParagraphLayout(text, List.of(new ParagraphLayout.StyledRun(0, text.length(),
                    fonts.regular, 11f, Color.BLACK, false, false, false, null, null, null)), breaker, fonts.shaper,
                    TypesettingBudget.unlimited());
            long t3 = System.nanoTime();
            List<ParagraphLayout.Line> lines = layout.lines(453, 453);
            long t4 = System.nanoTime();
            long left = draw(fonts, layout, lines, ParagraphLayout.Align.LEFT);
            long justified = draw(fonts, layout, lines, ParagraphLayout.Align.JUSTIFY);
            if (report) {
                double per = 100_000.0 / chars / 1e6;
                System.out.printf("Thai typesetting, ms per 100,000 characters (%d characters, %d lines):%n",
                        chars, lines.size());
                System.out.printf("  ICU line boundaries              %8.1f%n", (t1 - t0) * per);
                System.out.printf("  + lexicon and clusters           %8.1f%n", (t2 - t1 - (t1 - t0)) * per);
                System.out.printf("  shaping for measurement          %8.1f%n", (t3 - t2) * per);
                System.out.printf("  filling lines                    %8.1f%n", (t4 - t3) * per);
                System.out.printf("  drawing lines, left-aligned      %8.1f%n", left * per);
                System.out.printf("  drawing lines, Thai distributed  %8.1f%n", justified * per);
            }
        }
    }

    /** Nanoseconds to draw every line onto pages of one document. */
    private static long draw(FontSet fonts, ParagraphLayout layout, List<ParagraphLayout.Line> lines,
            ParagraphLayout.Align align) throws Exception {
        Document doc = new Document(new Rectangle(595, 842), 0, 0, 0, 0);
        doc.setGlyphLayoutManager(fonts.layout);
        PdfWriter writer = PdfWriter.getInstance(doc, new ByteArrayOutputStream());
        doc.open();
        PdfContentByte cb = writer.getDirectContent();
        long start = System.nanoTime();
        float y = 800;
        for (ParagraphLayout.Line line : lines) {
            new LineDrawing(layout, line, align, 453, TypesettingBudget.unlimited()).draw(cb, 85, 0, 538, 0, y);
            y -= 16;
            if (y < 40) {
                doc.newPage();
                cb = writer.getDirectContent();
                y = 800;
            }
        }
        long spent = System.nanoTime() - start;
        doc.close();
        return spent;
    }
}
