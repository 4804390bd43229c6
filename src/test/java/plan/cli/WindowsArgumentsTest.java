package plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** plan.cmd's Unicode copy of the command line, split as the Microsoft C runtime splits it. */
class WindowsArgumentsTest {
    @Test
    void splitsAtWhiteSpaceOutsideQuotes() {
        assertThat(WindowsArguments.split("build  plans\t--out site")).containsExactly("build", "plans", "--out", "site");
        assertThat(WindowsArguments.split("")).isEmpty();
        assertThat(WindowsArguments.split("   ")).isEmpty();
    }

    @Test
    void keepsThaiLettersAndSpacesInsideQuotes() {
        assertThat(WindowsArguments.split("init \"C:\\แผน งาน\\สพป.ขอนแก่น5.plan.yaml\" --organization \"โรงเรียน บ้านตัวอย่าง\""))
                .containsExactly("init", "C:\\แผน งาน\\สพป.ขอนแก่น5.plan.yaml", "--organization", "โรงเรียน บ้านตัวอย่าง");
        assertThat(WindowsArguments.split("a\"b c\"d")).containsExactly("ab cd");
        assertThat(WindowsArguments.split("\"\"")).containsExactly("");
    }

    @Test
    void backslashesBeforeQuotesFollowTheRuntimesRules() {
        // 2n backslashes and a quote: n backslashes, the quote delimits; 2n+1: n and a literal quote.
        assertThat(WindowsArguments.split("\"C:\\plans\\\\\" next")).containsExactly("C:\\plans\\", "next");
        assertThat(WindowsArguments.split("a\\\"b")).containsExactly("a\"b");
        assertThat(WindowsArguments.split("a\\\\\\\"b")).containsExactly("a\\\"b");
        assertThat(WindowsArguments.split("C:\\a\\b")).containsExactly("C:\\a\\b");
        assertThat(WindowsArguments.split("\"say \"\"hi\"\"\"")).containsExactly("say \"hi\"");
    }

    @Test
    void theLineIsUsedOnlyWhenPlanCmdGaveOneThatFits() {
        String[] jvm = {"check", "???.plan.yaml"};
        Map<String, String> env = Map.of("PLAN_ARGS", "check \"แผน.plan.yaml\"");
        assertThat(WindowsArguments.of(jvm, "PLAN_ARGS", env)).containsExactly("check", "แผน.plan.yaml");
        // Not started by plan.cmd, no line, or a line of another length: the JVM's arguments stand.
        assertThat(WindowsArguments.of(jvm, null, env)).isSameAs(jvm);
        assertThat(WindowsArguments.of(jvm, "PLAN_ARGS", Map.of())).isSameAs(jvm);
        assertThat(WindowsArguments.of(jvm, "PLAN_ARGS", Map.of("PLAN_ARGS", "check a b"))).isSameAs(jvm);
        assertThat(List.of(WindowsArguments.of(new String[0], "PLAN_ARGS", Map.of("PLAN_ARGS", "")))).isEmpty();
    }
}
