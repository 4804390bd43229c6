package plan.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import plan.diag.Diagnostic;
import plan.load.Limits;
import plan.model.Budget;
import plan.model.Indicator;
import plan.model.Money;
import plan.model.Project;
import plan.model.Span;
import plan.testing.Plans;
import plan.workspace.FileReport;
import plan.workspace.Workspace;

/** Projects, budgets and indicators as planners write them, Thai digits and short forms included. */
class ActionPlanBindingTest {
    private static FileReport check(String projects) {
        String yaml = Plans.BASE + "projects:\n" + projects;
        return new Workspace(Limits.DEFAULT).check(yaml.getBytes(StandardCharsets.UTF_8), "t.plan.yaml");
    }

    private static List<String> rules(FileReport r) {
        return r.diagnostics().stream().map(Diagnostic::rule).toList();
    }

    @Test
    void thaiDigitsInAmountsAndYearsAreReadAsNumbers() {
        FileReport r = check("""
                  - id: P1
                    title: โครงการ
                    strategies: [S1]
                    indicators:
                      - {id: K1, text: ร้อยละ, targets: {๒๕๖๖: 80, ๒๕๖๗: 85, ๒๕๖๘: 90, ๒๕๖๙: 95}}
                    budget: {total: ๔๘๕๐๐, years: {๒๕๖๖: ๔๘๕๐๐}}
                """);
        assertThat(r.diagnostics()).isEmpty();
        Project p = r.plan().projects().get(0);
        assertThat(p.budget().total().amount()).isEqualByComparingTo("48500");
        assertThat(p.budget().years().shares().get(0).name().value()).isEqualTo("2566");
        assertThat(p.indicators().get(0).target(2569).value()).isEqualTo("95");
    }

    @Test
    void aBudgetIsANumberOrAMapping() {
        FileReport r = check("""
                  - {id: P1, title: หนึ่ง, strategies: [S1], budget: 1250.50}
                  - {id: P2, title: สอง, strategies: [S1], budget: {total: 100, categories: {ค่าวัสดุ: 100}}}
                  - {id: P3, title: สาม, strategies: [S1], budget: [100]}
                """);
        assertThat(rules(r)).containsExactly("wrong-type");
        List<Project> projects = r.plan().projects();
        assertThat(projects.get(0).budget()).isEqualTo(Budget.ofTotal(new Money(new BigDecimal("1250.5"), Span.NONE)));
        assertThat(projects.get(1).budget().categories().sum().amount()).isEqualByComparingTo("100");
        assertThat(projects.get(2).budget()).isNull();
    }

    @Test
    void quartersAreFourAmounts() {
        FileReport r = check("""
                  - {id: P1, title: หนึ่ง, strategies: [S1], years: {from: 2566, to: 2566},
                     budget: {total: 5, quarters: [1, 1, 1, 1, 1]}}
                """);
        assertThat(r.diagnostics()).extracting(Diagnostic::rule, d -> d.message().key())
                .containsExactly(Tuple.tuple("wrong-type", "bind.list-size"));
    }

    @Test
    void activitiesAreAddedUpOnlyWhenEachHasABudget() {
        FileReport r = check("""
                  - id: P1
                    title: หนึ่ง
                    strategies: [S1]
                    budget: 100
                    activities:
                      - {text: ก, budget: 10}
                      - {text: ข}
                """);
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void aMissingTargetsKeyIsMissingKeyNotAlsoIndicatorHasTarget() {
        FileReport r = check("""
                  - id: P1
                    title: หนึ่ง
                    strategies: [S1]
                    indicators:
                      - {id: K1, text: ร้อยละ}
                """);
        assertThat(rules(r)).containsExactly("missing-key");
        Indicator k1 = r.plan().projects().get(0).indicators().get(0);
        assertThat(k1.targets()).isNull();
    }

    @Test
    void indicatorAndProjectIdsShareTheOneNamespaceOfIds() {
        FileReport r = check("""
                  - id: G1
                    title: หนึ่ง
                    strategies: [S1]
                    indicators:
                      - {id: S1, text: ร้อยละ, targets: {2566: 1, 2567: 1, 2568: 1, 2569: 1}}
                """);
        assertThat(rules(r)).containsExactly("duplicate-id", "duplicate-id");
        assertThat(r.plan().projects()).hasSize(1);
    }
}
