package plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import plan.app.check.CheckedPlan;
import plan.app.check.PlanChecker;
import plan.app.check.PlanFile;
import plan.load.Limits;

/** The budget of the action-plan example, added up once for every document: by strategy, source, quarter. */
class BudgetSummaryTest {
    private static final BudgetSummary SUMMARY = BudgetSummary.of(plan());

    private static Plan plan() {
        CheckedPlan checked = new PlanChecker(Limits.DEFAULT)
                .check(new PlanFile(Path.of("examples/action-plan.plan.yaml"), "examples/action-plan.plan.yaml"));
        assertThat(checked.diagnostics()).isEmpty();
        return checked.plan();
    }

    @Test
    void eachStrategyCountsItsProjects() {
        assertThat(SUMMARY.rows()).extracting(r -> r.strategy().id().value(), r -> r.total().formatted(),
                r -> r.projects().size()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("S1", "73,500", 2),
                        org.assertj.core.groups.Tuple.tuple("S2", "182,750.50", 2),
                        org.assertj.core.groups.Tuple.tuple("S3", "58,000", 2));
        assertThat(SUMMARY.total().formatted()).isEqualTo("314,250.50");
    }

    @Test
    void sourcesInOrderOfFirstUseWithRowAndColumnTotalsThatAgree() {
        assertThat(SUMMARY.sources()).containsExactly("เงินอุดหนุนรายหัว", "เงินกิจกรรมพัฒนาผู้เรียน",
                BudgetSummary.UNSPECIFIED, "เงินรายได้สถานศึกษา", "งบประมาณ สพฐ.");
        assertThat(SUMMARY.bySource()).extracting(Money::formatted)
                .containsExactly("45,000", "71,250.50", "43,000", "10,000", "145,000");
        Money columns = SUMMARY.bySource().stream().reduce(Money.ZERO, Money::plus);
        assertThat(columns).isEqualTo(SUMMARY.total());
        for (BudgetSummary.Row row : SUMMARY.rows()) {
            assertThat(row.bySource().stream().reduce(Money.ZERO, Money::plus)).isEqualTo(row.total());
        }
    }

    @Test
    void quartersAndCategoriesAddUpOverTheProjectsThatGiveThem() {
        assertThat(SUMMARY.quarters()).extracting(Money::formatted).containsExactly("39,500", "50,000", "42,000", "37,000");
        assertThat(SUMMARY.categories().keySet()).containsExactly("ค่าตอบแทน", "ค่าใช้สอย", "ค่าวัสดุ");
        assertThat(SUMMARY.categories().get("ค่าใช้สอย").amount()).isEqualByComparingTo(new BigDecimal("91250.50"));
    }

    @Test
    void whatProjectsDoNotBreakDownIsCountedApartSoEveryDivisionAddsUpToThePlansTotal() {
        assertThat(SUMMARY.unquartered().formatted()).isEqualTo("145,750.50");
        assertThat(SUMMARY.uncategorized().formatted()).isEqualTo("163,000");
        Money quarters = SUMMARY.quarters().stream().reduce(SUMMARY.unquartered(), Money::plus);
        Money categories = SUMMARY.categories().values().stream().reduce(SUMMARY.uncategorized(), Money::plus);
        assertThat(quarters).isEqualTo(SUMMARY.total());
        assertThat(categories).isEqualTo(SUMMARY.total());
    }

    @Test
    void aPlanWithoutProjectsHasAnEmptySummary() {
        Plan none = Plan.builder().strategies(List.of()).build();
        assertThat(BudgetSummary.of(none).total()).isEqualTo(Money.ZERO);
        assertThat(BudgetSummary.of(none).quarters()).isEmpty();
    }
}
