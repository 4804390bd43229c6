package plan.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import plan.diag.Diagnostic;
import plan.diag.Message;
import plan.diag.Severity;
import plan.diag.Source;

/**
 * Findings kept as one line of text (a results file's warnings in the memo): read back as they
 * were, with the lines they point at and no others; a damaged line or one of another version reads
 * as nothing, so the file is checked again rather than shown something wrong.
 */
class FindingsCodecTest {
    private static final Source SOURCE = new Source("school.results.yaml",
            List.of("plan: school", "as-of: 2568-09-30", "indicators:", "  G1-1: {value: 28.9}", "  G1-2: {value: ดี}"));

    private static final List<Diagnostic> FOUND = List.of(
            new Diagnostic("school.results.yaml", 4, 3, Severity.WARNING, "result-needs-note",
                    Message.of("check.result-needs-note", "G1-1", new BigDecimal("28.9")),
                    Message.of("check.result-needs-note.hint"), null),
            new Diagnostic("school.results.yaml", 5, 3, Severity.NOTE, "result-period",
                    Message.of("check.some-note", Message.of("nested", 3)), null, "ครูลาออกกลางปี"));

    @Test
    void findingsAndTheirLinesReadBackAsTheyWere() {
        String line = FindingsCodec.encode(FOUND, SOURCE);
        assertThat(line).doesNotContain("\n");
        FindingsCodec.Shown shown = FindingsCodec.decode(line);
        assertThat(shown).isNotNull();
        assertThat(shown.found()).isEqualTo(FOUND);
        assertThat(shown.source().path()).isEqualTo("school.results.yaml");
        assertThat(shown.source().lines()).hasSize(5);
        assertThat(shown.source().line(4)).isEqualTo("  G1-1: {value: 28.9}");
        assertThat(shown.source().line(5)).isEqualTo("  G1-2: {value: ดี}");
        assertThat(shown.source().line(1)).as("a line no finding points at is not kept").isEmpty();
    }

    @Test
    void aDamagedLineReadsAsNothing() {
        String line = FindingsCodec.encode(FOUND, SOURCE);
        assertThat(FindingsCodec.decode(line.substring(0, line.length() / 2))).isNull();
        assertThat(FindingsCodec.decode("not base64 at all!")).isNull();
        assertThat(FindingsCodec.decode("")).isNull();
        // Another version of the encoding: its first four bytes.
        byte[] bytes = java.util.Base64.getDecoder().decode(line);
        bytes[3]++;
        assertThat(FindingsCodec.decode(java.util.Base64.getEncoder().encodeToString(bytes))).isNull();
    }
}
