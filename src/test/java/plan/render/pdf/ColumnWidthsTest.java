package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import plan.render.pdf.text.FontSet;
import plan.render.pdf.text.PdfFonts;
import plan.render.pdf.text.ThaiLineBreaker;

/**
 * Issue 32, item 5: column widths from the content, measured in the table's font. The indicator's
 * text gets the room; figures are right-aligned and their columns as narrow as the widest figure
 * (the header wrapping between its words), unless there is room to spare.
 */
class ColumnWidthsTest {
    private static final float EXTRA = 14f;
    private static final float TEXT_WIDTH = 450f;
    static PdfStyles styles;
    static ThaiLineBreaker breaker;
    static ColumnWidths.Measure measure;

    @BeforeAll
    static void load() throws Exception {
        styles = new PdfStyles(FontSet.load(PdfFonts.bundled()), true);
        breaker = new ThaiLineBreaker();
        measure = new ColumnWidths.Measure() {
            @Override
            public float width(String text, boolean bold) {
                return styles.width(text, PdfStyles.TABLE, bold);
            }

            @Override
            public String[] words(String text) {
                return breaker.segments(text);
            }
        };
    }

    /** Rows of cells; the first row is the header; {@code right} marks the right-aligned columns. */
    private static List<List<ColumnWidths.Cell>> table(boolean[] right, String[]... rows) {
        List<List<ColumnWidths.Cell>> out = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            List<ColumnWidths.Cell> cells = new ArrayList<>();
            for (int c = 0; c < rows[r].length; c++) {
                cells.add(new ColumnWidths.Cell(rows[r][c], r == 0, r == 0, 1, right[c]));
            }
            out.add(cells);
        }
        return out;
    }

    private static float sum(float[] w) {
        float s = 0;
        for (float x : w) {
            s += x;
        }
        return s;
    }

    @Test
    void theIndicatorGetsTheRoomAndEachFigureColumnItsWidestFigure() {
        ColumnWidths.Sizing s = ColumnWidths.of(table(new boolean[] {false, false, true, true},
                new String[] {"ตัวชี้วัด", "หน่วยนับ", "ค่าฐาน", "เป้าหมาย 2568"},
                new String[] {"ร้อยละของนักเรียนชั้นประถมศึกษาปีที่ 1–3 ที่อ่านออกเขียนได้ตามเกณฑ์การประเมินของสถานศึกษา"
                        + "และผ่านการทดสอบความสามารถด้านการอ่านของผู้เรียน", "ร้อยละ", "82.40 (2567)", "90"},
                new String[] {"ค่าเฉลี่ยผลการทดสอบระดับชาติ (O-NET) วิชาคณิตศาสตร์ ชั้นประถมศึกษาปีที่ 6", "คะแนน",
                        "31.25 (2567)", "1,250.75"}), 4, TEXT_WIDTH, measure, EXTRA, 1f, 0.7f);
        float[] w = s.widths();
        assertThat(s.scale()).isEqualTo(1f);
        assertThat(sum(w)).isCloseTo(TEXT_WIDTH, within(0.01f));
        assertThat(w[0]).as("the indicator's text").isGreaterThan(Math.max(w[1], Math.max(w[2], w[3])));
        // The baseline's column: its widest figure and the cell's padding, not a point more.
        assertThat(w[2]).isCloseTo(measure.width("82.40 (2567)", false) + EXTRA, within(0.5f));
        // The target's header wraps between its words: the column is its longest word or figure.
        float target = Math.max(measure.width("1,250.75", false), measure.width("เป้าหมาย", true));
        assertThat(w[3]).isCloseTo(target + EXTRA, within(0.5f));
        assertThat(w[3]).isLessThan(measure.width("เป้าหมาย 2568", true) + EXTRA);
    }

    @Test
    void roomToSpareGoesToTheTextAfterTheFiguresHeadersFitOnOneLine() {
        ColumnWidths.Sizing s = ColumnWidths.of(table(new boolean[] {false, true},
                new String[] {"แหล่งงบประมาณ", "งบประมาณ (บาท)"},
                new String[] {"เงินอุดหนุนรายหัว", "30,000"},
                new String[] {"เงินกิจกรรมพัฒนาผู้เรียน", "18,500"}), 2, TEXT_WIDTH, measure, EXTRA, 1f, 0.7f);
        float[] w = s.widths();
        assertThat(sum(w)).isCloseTo(TEXT_WIDTH, within(0.01f));
        assertThat(w[1]).isCloseTo(measure.width("งบประมาณ (บาท)", true) + EXTRA, within(0.5f));
        assertThat(w[0]).isEqualTo(TEXT_WIDTH - w[1]);
    }

    @Test
    void figuresTooWideForThePageWrapLikeTextInTheSmallestType() {
        String[] header = new String[10];
        String[] row = new String[10];
        boolean[] right = new boolean[10];
        for (int c = 0; c < 10; c++) {
            header[c] = "ปี " + (2560 + c);
            row[c] = "1,250,000,000.50 (2565)";
            right[c] = true;
        }
        ColumnWidths.Sizing s = ColumnWidths.of(table(right, header, row), 10, TEXT_WIDTH, measure, EXTRA, 0.85f, 0.7f);
        assertThat(s.scale()).isCloseTo(0.7f, within(0.01f));
        assertThat(sum(s.widths())).isCloseTo(TEXT_WIDTH, within(0.01f));
        for (float x : s.widths()) {
            assertThat(x).isLessThan(measure.width(row[0], false) * s.scale() + EXTRA);
        }
    }
}
