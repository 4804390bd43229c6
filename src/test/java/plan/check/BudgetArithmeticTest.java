package plan.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import plan.diag.Diagnostic;
import plan.diag.Messages;
import plan.load.Limits;
import plan.model.Money;
import plan.testing.Plans;
import plan.workspace.FileReport;
import plan.workspace.Workspace;

/**
 * Money is added exactly, property-style: budgets made of random satang amounts, written as a
 * planner would (48500, 1250.5, 0.10), whose parts add up to the total pass, and whose parts are
 * off by any amount, however small, fail with both figures and the difference.
 */
class BudgetArithmeticTest {
    private static final Messages ENGLISH = new Messages(java.util.Locale.ENGLISH);

    /** Fixed seeds: each run tries the same budgets, and a failure names its seed. */
    static Stream<Long> seeds() {
        return IntStream.range(0, 100).mapToObj(i -> 0x5A7A46L * 31 + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void partsThatAddUpPass(long seed) {
        Random random = new Random(seed);
        List<Long> parts = parts(random);
        long total = parts.stream().mapToLong(Long::longValue).sum();
        assertThat(budgetSum(total, parts, random)).as("seed %d: %s = %s", seed, parts, total).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void partsThatDoNotAddUpFailWithTheDifference(long seed) {
        Random random = new Random(seed);
        List<Long> parts = parts(random);
        long sum = parts.stream().mapToLong(Long::longValue).sum();
        long off = random.nextBoolean() ? 1 + random.nextInt(3) : 1 + random.nextInt(5_000_000); // a satang, or more
        long total = random.nextBoolean() || sum - off < 0 ? sum + off : sum - off;
        List<String> found = budgetSum(total, parts, random);
        String expected = ENGLISH.format(plan.diag.Message.of(total > sum ? "check.budget-sum.less" : "check.budget-sum.more",
                plan.diag.Message.of("budget.sources"), baht(sum), baht(total), baht(Math.abs(total - sum))));
        assertThat(found).as("seed %d", seed).containsExactly(expected);
    }

    @Test
    void tenthsThatBinaryFloatingPointGetWrongAddUp() {
        assertThat(0.1 + 0.2).isNotEqualTo(0.3); // why doubles are never used for money
        assertThat(budgetSum(30, List.of(10L, 20L), new Random(1))).isEmpty();
        assertThat(budgetSumWritten("0.3", List.of("0.1", "0.2"))).isEmpty();
        assertThat(budgetSumWritten("0.3", List.of("0.10", "0.20"))).isEmpty();
    }

    @Test
    void amountsPrintWithDigitGroupsAndSatangOnlyWhereThereAreSome() {
        assertThat(Money.format(new BigDecimal("48500"))).isEqualTo("48,500");
        assertThat(Money.format(new BigDecimal("48500.00"))).isEqualTo("48,500");
        assertThat(Money.format(new BigDecimal("1250000.5"))).isEqualTo("1,250,000.50");
        assertThat(Money.format(new BigDecimal("0.05"))).isEqualTo("0.05");
        assertThat(new Money(new BigDecimal("48500.00"), plan.model.Span.NONE))
                .isEqualTo(new Money(new BigDecimal("48500"), plan.model.Span.NONE));
    }

    /** Two to twelve parts of up to ten million baht, a third of them with satang. */
    private static List<Long> parts(Random random) {
        List<Long> out = new ArrayList<>();
        for (int i = 2 + random.nextInt(11); i > 0; i--) {
            long baht = random.nextInt(10) == 0 ? random.nextInt(1_000_000_000) : random.nextInt(100_000);
            out.add(baht * 100 + (random.nextInt(3) == 0 ? random.nextInt(100) : 0));
        }
        return out;
    }

    private static List<String> budgetSum(long totalSatang, List<Long> partsSatang, Random random) {
        return budgetSumWritten(written(totalSatang, random), partsSatang.stream().map(p -> written(p, random)).toList());
    }

    private static List<String> budgetSumWritten(String total, List<String> parts) {
        StringBuilder yaml = new StringBuilder(Plans.BASE).append("projects:\n  - id: P1\n    title: โครงการทดสอบ\n")
                .append("    strategies: [S1]\n    budget:\n      total: ").append(total).append("\n      sources:\n");
        for (int i = 0; i < parts.size(); i++) {
            yaml.append("        แหล่งที่ ").append(i + 1).append(": ").append(parts.get(i)).append('\n');
        }
        FileReport report = new Workspace(Limits.DEFAULT).check(yaml.toString().getBytes(StandardCharsets.UTF_8), "t.plan.yaml");
        assertThat(report.diagnostics()).extracting(Diagnostic::rule).allMatch("budget-sum"::equals);
        return report.diagnostics().stream().map(d -> ENGLISH.format(d.message())).toList();
    }

    /** Satang as a planner writes baht: no decimals for whole baht, sometimes ".50" or ".5". */
    private static String written(long satang, Random random) {
        BigDecimal baht = BigDecimal.valueOf(satang, 2);
        if (satang % 100 == 0 && random.nextBoolean()) {
            return Long.toString(satang / 100);
        }
        return random.nextBoolean() ? baht.toPlainString() : baht.stripTrailingZeros().toPlainString();
    }

    private static String baht(long satang) {
        return Money.format(BigDecimal.valueOf(satang, 2));
    }
}
