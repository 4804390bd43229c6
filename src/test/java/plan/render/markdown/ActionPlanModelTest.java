package plan.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import plan.app.check.PlanChecker;
import plan.app.check.PlanFile;
import plan.load.Limits;
import plan.model.Plan;

/** What the content template gets of an action plan: ready-made cells and sums, nothing left to add up. */
@SuppressWarnings("unchecked")
class ActionPlanModelTest {
    private static final Map<String, Object> MODEL = DocumentModel.of(plan("examples/action-plan.plan.yaml"));

    private static Plan plan(String file) {
        return new PlanChecker(Limits.DEFAULT).check(new PlanFile(Path.of(file), file)).plan();
    }

    @Test
    void indicatorsHaveOneTargetCellPerFiscalYear() {
        Map<String, Object> full = DocumentModel.of(plan("examples/full.plan.yaml"));
        assertThat(full.get("years")).isEqualTo(List.of(2566, 2567, 2568, 2569));
        Map<String, Object> g1 = ((List<Map<String, Object>>) full.get("goals")).get(0);
        Map<String, Object> indicator = ((List<Map<String, Object>>) g1.get("indicators")).get(0);
        assertThat(indicator).containsEntry("unit", "ร้อยละ").containsEntry("baseline", "78.5")
                .containsEntry("baselineYear", "2565").containsEntry("targets", List.of("80", "85", "90", "95"));
    }

    @Test
    void projectsComeWithFormattedBudgetsAndActivities() {
        List<Map<String, Object>> projects = (List<Map<String, Object>>) MODEL.get("projects");
        assertThat(projects).hasSize(6);
        Map<String, Object> p1 = projects.get(0);
        Map<String, Object> budget = (Map<String, Object>) p1.get("budget");
        assertThat(budget).containsEntry("total", "48,500")
                .containsEntry("quarters", List.of("9,500", "20,000", "12,000", "7,000"));
        assertThat((List<Map<String, Object>>) budget.get("sources")).extracting(s -> s.get("name") + " " + s.get("amount"))
                .containsExactly("เงินอุดหนุนรายหัว 30,000", "เงินกิจกรรมพัฒนาผู้เรียน 18,500");
        assertThat((List<Map<String, Object>>) p1.get("activities")).extracting(a -> a.get("budget"))
                .containsExactly("18,500", "30,000");
    }

    @Test
    void theBudgetSummaryIsStrategiesBySources() {
        Map<String, Object> budget = (Map<String, Object>) MODEL.get("budget");
        assertThat(budget).containsEntry("total", "314,250.50").containsEntry("projectCount", 6)
                .containsEntry("quarters", List.of("39,500", "50,000", "42,000", "37,000"));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) budget.get("rows");
        assertThat(rows).extracting(r -> r.get("id") + " " + r.get("total"))
                .containsExactly("S1 73,500", "S2 182,750.50", "S3 58,000");
        assertThat(((List<?>) rows.get(0).get("projects"))).hasSize(2);
    }
}
