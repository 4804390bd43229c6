package plan.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import plan.diag.Diagnostic;
import plan.diag.Findings;
import plan.diag.Messages;

/**
 * A file that is not UTF-8 is reported at the first byte of the first broken sequence, and that
 * byte is named: old Thai files are TIS-620, where a vowel such as เ (0xE0) looks like the start
 * of a UTF-8 sequence, and naming the byte after it sent people looking at the wrong letter.
 */
class InvalidUtf8PositionTest {
    @ParameterizedTest
    @CsvSource({
        // file (hex), line, column, byte named
        "7469746c653a20e041,            1, 8,  0xE0", // "title: " + E0 'A'
        "7469746c653a20bcc1,            1, 8,  0xBC", // a lone continuation byte
        "763a206f6b0a763a20e0a40a,      2, 4,  0xE0", // cut before its last byte, then a line end
        "efbbbf763a20e0,                1, 4,  0xE0", // after a BOM, cut by the end of the file
    })
    void namesTheFirstByteOfTheBrokenSequence(String hex, int line, int column, String named) {
        Findings findings = new Findings("t.plan.yaml");
        new PlanLoader(Limits.DEFAULT).load(HexFormat.of().parseHex(hex), findings);
        Diagnostic d = findings.sorted().getFirst();
        assertThat(d.line() + ":" + d.column()).isEqualTo(line + ":" + column);
        assertThat(new Messages(Locale.ENGLISH).format(d.message())).endsWith("(byte " + named + ")");
    }
}
