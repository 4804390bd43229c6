package plan.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import plan.app.check.PlanChecker;
import plan.app.check.PlanFile;
import plan.load.Limits;
import plan.model.Lang;
import plan.model.Plan;

/**
 * The summary a build keeps beside a plan's check result gives back, through its strings, the
 * index row the plan itself gives: a rebuild's index is the one a fresh build writes.
 */
class PlanSummaryTest {
    private static final List<String> PLANS = List.of("plans/spm-sisaket-yasothon.plan.yaml",
            "plans/spp-mahasarakham-2.plan.yaml", "plans/spp-sisaket-2.plan.yaml", "examples/minimal.plan.yaml",
            "examples/full.plan.yaml", "examples/action-plan.plan.yaml", "examples/cascade/spp-example-1.plan.yaml");

    @Test
    void aKeptSummaryGivesTheIndexRowOfThePlan() {
        for (String file : PLANS) {
            Plan plan = new PlanChecker(Limits.DEFAULT).check(new PlanFile(Path.of(file), file)).plan();
            assertThat(plan).as(file).isNotNull();
            PlanSummary kept = PlanSummary.parse(PlanSummary.of(plan).fields());
            assertThat(kept).as(file).isEqualTo(PlanSummary.of(plan));
            for (Lang lang : Lang.values()) {
                for (boolean rendered : List.of(true, false)) {
                    assertThat(IndexEntries.of(plan.id().value(), kept, file, rendered, 2, 3,
                            EnumSet.allOf(OutputFormat.class), lang))
                            .as(file).isEqualTo(IndexEntries.of(plan, file, rendered, 2, 3,
                                    EnumSet.allOf(OutputFormat.class), lang));
                }
            }
        }
    }

    @Test
    void stringsThatAreNoSummaryAreNone() {
        assertThat(PlanSummary.parse(List.of())).isNull();
        assertThat(PlanSummary.parse(List.of("XX", "t", "o", "p", "1", "10"))).as("no language").isNull();
        assertThat(PlanSummary.parse(List.of("TH", "t", "o", "p", "one", "10"))).as("no count").isNull();
        assertThat(PlanSummary.parse(List.of("TH", "t", "o", "p", "1", "10", "more"))).as("another layout").isNull();
        assertThat(PlanSummary.parse(List.of("TH", "t", "o", "p", "1", "10", "thai"))).as("kept with digits").isNull();
        assertThat(PlanSummary.parse(List.of("TH", "t", "o", "p", "1", "10.50")).budget()).hasToString("10.50");
    }
}
