package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import plan.render.pdf.text.FontSet;
import plan.render.pdf.text.ParagraphLayout;
import plan.render.pdf.text.PdfFonts;
import plan.render.pdf.text.ThaiLexicon;
import plan.render.pdf.text.ThaiLineBreaker;
import plan.render.pdf.text.TypesettingBudget;
import plan.render.pdf.text.TypesettingTooLong;

/**
 * Issue 9, item 6: PDF time grew with the square of a paragraph's length (a 1 MB vision took 54 s)
 * because the rest of the paragraph was measured again for every line. The work is counted here,
 * not timed: characters looked at by the line filler and characters handed to word segmentation.
 */
class LinearLayoutTest {
    static final String SENTENCE = "โรงเรียนจัดการศึกษาขั้นพื้นฐานให้มีคุณภาพตามมาตรฐานและทั่วถึงทุกชุมชน"
            + "เพื่อพัฒนาผู้เรียนให้มีความรู้คู่คุณธรรม ";
    static FontSet fonts;

    @BeforeAll
    static void load() throws Exception {
        fonts = FontSet.load(PdfFonts.bundled());
    }

    static String text(int length) {
        return SENTENCE.repeat(length / SENTENCE.length() + 1).substring(0, length);
    }

    /** Characters the line filler looks at to break a paragraph of this length into 450 pt lines. */
    static long lineBreakingWork(int length) {
        String t = text(length);
        TypesettingBudget budget = TypesettingBudget.unlimited();
        ParagraphLayout layout = new ParagraphLayout(t, List.of(new ParagraphLayout.StyledRun(0, t.length(),
                fonts.regular, 11f, Color.BLACK, false, false, false, null, null, null)),
                new ThaiLineBreaker(ThaiLexicon.bundled(), budget, new ThaiLineBreaker.Recurring()), fonts.shaper, budget);
        List<ParagraphLayout.Line> lines = layout.lines(450, 450);
        assertThat(lines.size()).isGreaterThan(length / 120);
        assertThat(budget.charactersSegmented()).isEqualTo(length);
        return budget.charactersExamined();
    }

    @Test
    void breakingLinesLooksAtEachCharacterAboutOnce() {
        long small = lineBreakingWork(20_000);
        long big = lineBreakingWork(160_000);
        // Eight times the text: eight times the work, not sixty-four.
        assertThat(big).isLessThan(small * 9);
        assertThat(big).isLessThanOrEqualTo(160_000L * 3 / 2);
    }

    @Test
    void aHugeOneParagraphVisionIsSegmentedOnceAndLaidOutOncePerPass() throws Exception {
        int length = 120_000;
        String other = "ครูและผู้ปกครองร่วมกันส่งเสริมการอ่านของนักเรียนทุกคนอย่างต่อเนื่อง ".repeat(length / 60 + 1)
                .substring(0, length);
        String md = "# แผน\n\n---\n\n## วิสัยทัศน์\n\n> " + text(length) + "\n\n## บทนำ\n\n" + other + "\n";
        TypesettingBudget budget = new TypesettingBudget(Duration.ofMinutes(10));
        new PdfRenderer(PdfFonts.bundled()).render(Fixture.parse(md), Fixture.info(Fixture.EPOCH, false),
                OutputStream.nullOutputStream(), budget);
        // Two paragraphs: word boundaries are found once each, though the probe and the pass
        // both lay them out; the contents and headings add a little.
        assertThat(budget.charactersSegmented()).isBetween(2L * length, 2L * length + 2_000);
        assertThat(budget.charactersExamined()).isLessThan(2L * 2 * length * 3 / 2);
        assertThat(budget.linesDrawn()).isGreaterThan(2L * length / 120);
    }

    @Test
    void aDocumentOverItsTimeBudgetStopsWithAMessageNamingIt() {
        // Time passes (an hour at once) when the long paragraph comes up: no waiting, no timing.
        java.util.concurrent.atomic.AtomicReference<TypesettingBudget> self = new java.util.concurrent.atomic.AtomicReference<>();
        TypesettingBudget budget = new TypesettingBudget(Duration.ofSeconds(60),
                () -> self.get() != null && self.get().longestParagraph() >= 50_000 ? 3_600_000_000_000L : 0L);
        self.set(budget);
        String md = "# แผน\n\n---\n\n## วิสัยทัศน์\n\nสั้น ๆ\n\n## บทนำ\n\n" + text(50_000) + "\n";
        assertThatThrownBy(() -> new PdfRenderer(PdfFonts.bundled()).render(Fixture.parse(md),
                Fixture.info(Fixture.EPOCH, false), new ByteArrayOutputStream(), budget))
                .isInstanceOf(TypesettingTooLong.class)
                .hasMessageContaining("แผนพัฒนาการศึกษาขั้นพื้นฐาน ระยะ 5 ปี")
                .hasMessageContaining("60 s")
                .hasMessageContaining("50000 characters");
    }

}
