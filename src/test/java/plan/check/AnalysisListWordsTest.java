package plan.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import plan.format.Analysis;
import plan.testing.Cli;

/** A finding about one of the four lists of a situation analysis names the list in the reader's language. */
class AnalysisListWordsTest {
    @Test
    void everyListHasANameInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("th")}) {
            ResourceBundle words = ResourceBundle.getBundle("plan.diag.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (Analysis.List4 kind : Analysis.List4.values()) {
                assertThat(words.containsKey("analysis.list." + kind.key())).as(kind.key() + " in " + locale).isTrue();
            }
        }
    }

    @Test
    void theWeightsFindingSaysStrengthsInThai() {
        String file = "src/test/resources/rules/analysis-weights.plan.yaml";
        Cli.Result th = Cli.run("check", "--lang", "th", "--color", "never", file);
        assertThat(th.out()).contains("น้ำหนักของจุดแข็ง (strengths) รวมได้ 0.90 ไม่ใช่ 1.00")
                .doesNotContain("ของ strengths");
        Cli.Result en = Cli.run("check", "--lang", "en", "--color", "never", file);
        assertThat(en.out()).contains("the weights of strengths add up to 0.90, not 1.00");
    }

    @Test
    void theMissingWeightFindingSaysThreatsInThai() {
        String file = "src/test/resources/rules/analysis-weights--missing.plan.yaml";
        Cli.Result th = Cli.run("check", "--lang", "th", "--color", "never", file);
        assertThat(th.out()).contains("อุปสรรค (threats): มีน้ำหนัก 1 จาก 2 ปัจจัย");
    }
}
