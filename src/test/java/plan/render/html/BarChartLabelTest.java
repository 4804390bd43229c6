package plan.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A chart's label wraps at spaces within the SVG's width, counting only characters that take width. */
class BarChartLabelTest {
    @Test
    void aShortLabelIsOneLine() {
        assertThat(BarChart.labelLines("กลยุทธ์ที่ 3 พัฒนาครูและระบบบริหารจัดการสถานศึกษา"))
                .containsExactly("กลยุทธ์ที่ 3 พัฒนาครูและระบบบริหารจัดการสถานศึกษา");
    }

    @Test
    void aLabelBreaksAtTheSpaceBetweenPhrasesNotInsideOne() {
        assertThat(BarChart.labelLines("กลยุทธ์ที่ 2 ส่งเสริมคุณธรรม จริยธรรม และสุขภาวะของผู้เรียนทุกระดับชั้น"))
                .containsExactly("กลยุทธ์ที่ 2 ส่งเสริมคุณธรรม จริยธรรม", "และสุขภาวะของผู้เรียนทุกระดับชั้น");
    }

    @Test
    void aLongLabelWrapsBetweenWordsAndLosesNothing() {
        String label = "กลยุทธ์ที่ 1 ยกระดับคุณภาพการจัดการเรียนรู้ให้ผู้เรียนมีสมรรถนะตามหลักสูตร และทักษะที่จำเป็นในศตวรรษที่ 21 อย่างยั่งยืน";
        List<String> lines = BarChart.labelLines(label);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(label.replace(" ", ""));
        // Broken between two Thai words of the run "…ให้ผู้เรียนมีสมรรถนะตามหลักสูตร", never inside one.
        assertThat(lines.get(0)).as("broken between Thai words").matches(".*(ผู้เรียน|มี|สมรรถนะ|ตาม)$");
        for (String line : lines) {
            long wide = line.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).count();
            assertThat(wide).as(line).isLessThanOrEqualTo(44);
        }
    }

    @Test
    void aWordLongerThanALineIsCutNeverBeforeAMarkAbove() {
        String word = "ก้".repeat(50); // 50 letters, each with a tone mark: the mark stays with its letter
        List<String> lines = BarChart.labelLines(word);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("ก้".repeat(44));
        assertThat(String.join("", lines)).isEqualTo(word);
    }
}
