package plan.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import plan.diag.Diagnostic;
import plan.format.FileKind;
import plan.format.Format;
import plan.format.JsonSchema;
import plan.load.Limits;
import plan.testing.Plans;
import plan.workspace.FileReport;
import plan.workspace.Workspace;

/**
 * A factor's weight and score as the check and the editor's schema read them alike: a quoted
 * number is text (refused by both, as an amount is), Thai digits are a number (accepted by both).
 */
class FactorNumbersTest {
    private static FileReport check(String strengths) {
        String yaml = Plans.BASE + "analysis:\n  strengths:\n" + strengths;
        return new Workspace(Limits.DEFAULT).check(yaml.getBytes(StandardCharsets.UTF_8), "t.plan.yaml");
    }

    @Test
    void aQuotedWeightOrScoreIsWrongTypeAsTheSchemaSays() {
        FileReport r = check("""
                    - {id: SW1, text: ครูมีคุณวุฒิ, weight: "1", score: '4'}
                """);
        assertThat(r.diagnostics()).filteredOn(d -> d.rule().equals("wrong-type"))
                .extracting(d -> d.message().key()).containsExactly("bind.money-quoted", "bind.money-quoted");
    }

    @Test
    void thaiDigitsAreANumberForTheCheckAndForTheSchema() {
        FileReport r = check("""
                    - {id: SW1, text: ครูมีคุณวุฒิ, weight: ๐.๖, score: ๔.๕}
                    - {id: SW2, text: อาคารพร้อม, weight: 0.4, score: 3}
                """);
        assertThat(r.diagnostics()).extracting(Diagnostic::rule).doesNotContain("wrong-type", "analysis-weights");
        FileKind plan = Format.STANDARD.fileKinds().stream().filter(k -> k.name().equals("plan")).findFirst().orElseThrow();
        String schema = JsonSchema.of(plan);
        assertThat(schema).contains(JsonSchema.DECIMAL_PATTERN.replace("\\", "\\\\"));
        assertThat(Pattern.compile(JsonSchema.DECIMAL_PATTERN).matcher("๐.๖").find()).isTrue();
        assertThat(Pattern.compile(JsonSchema.DECIMAL_PATTERN).matcher("๔").find()).isTrue();
    }

    @Test
    void aRefusedWeightIsSaidOnceNotAgainAsAMissingOrShortSum() {
        FileReport r = check("""
                    - {id: SW1, text: ครูมีคุณวุฒิ, weight: "0.6"}
                    - {id: SW2, text: อาคารพร้อม, weight: 0.4}
                """);
        assertThat(r.diagnostics()).extracting(Diagnostic::rule).contains("wrong-type").doesNotContain("analysis-weights");
        FileReport left = check("""
                    - {id: SW1, text: ครูมีคุณวุฒิ}
                    - {id: SW2, text: อาคารพร้อม, weight: 0.4}
                """);
        assertThat(left.diagnostics()).extracting(Diagnostic::rule).contains("analysis-weights").doesNotContain("wrong-type");
    }
}
