package plan.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import plan.app.check.CheckedPlan;
import plan.diag.Diagnostic;
import plan.testing.Plans;

/** thai-text: well-formed Thai passes untouched; each kind of damage is found at its column. */
class ThaiTextCheckTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ที่นี่ ปั้น น้ำ ญี่ปุ่น ฏุ", "กำหนดค่ำ", "กุ้งก้ามกราม", "สิ่งที่ดีที่สุด", "ฤๅษี ฦๅ",
        "พุทธศักราช ๒๕๖๖", "ศาสตร์พระราชา", "เป็น ไม้ไต่คู้ ก็", "ICT 4.0 (Digital)"})
    void wellFormedThaiPasses(String text) {
        assertThat(Plans.rules(Plans.check(dir, Plans.withVision(text)))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        // text (escapes in Java), expected column of the finding within the vision value, message key part
        "'น\u0e4d\u0e32', 2, SARA AM",
        "'น\u0e4d\u0e49\u0e32', 2, SARA AM",
        "'ก\u0e48\u0e35', 3, out of order",
        "'ก\u0e48\u0e48', 3, out of order",
        "'\u0e48ก', 1, no letter",
        "'ก \u0e34', 3, no letter",
        "'กา\u200bร', 3, invisible",
        "'ก\ufeffร', 2, invisible",
        "'แผน\u202eงาน', 4, bidirectional",
        "'ab\u2066c', 3, bidirectional",
        "'\u200fก', 1, bidirectional",
    })
    void damageIsFoundWhereItIs(String text, int column, String words) {
        CheckedPlan checked = Plans.check(dir, Plans.withVision(text));
        assertThat(checked.diagnostics()).hasSize(1);
        Diagnostic d = checked.diagnostics().get(0);
        assertThat(d.rule()).isEqualTo("thai-text");
        assertThat(d.line()).isEqualTo(5);
        // "vision: \"" is 9 characters: the value's first character is column 10.
        assertThat(d.column()).isEqualTo(9 + column);
        assertThat(new plan.diag.Messages(java.util.Locale.ENGLISH).format(d.message())).contains(words);
        assertThat(checked.hasErrors()).isFalse();
    }
}
