package plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import plan.bind.PlanBinder;
import plan.diag.Findings;
import plan.load.Limits;
import plan.load.Loaded;
import plan.load.PlanLoader;
import plan.testing.Plans;

/** Plans compare by what they say: where a key stands (its span) takes no part in equality. */
class MeaningEqualityTest {
    @Test
    void theSamePlanLaidOutDifferentlyIsEqual() {
        String blockStyle = Plans.BASE.replace("period: {from: 2566, to: 2569}", "period:\n  from: 2566\n  to: 2569")
                .replace("title: แผนทดสอบ", "\n\n# a comment\ntitle:   แผนทดสอบ");
        Plan a = bind(Plans.BASE);
        Plan b = bind(blockStyle);
        assertThat(a.period().span().line()).isNotEqualTo(b.period().span().line());
        assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(b.tree()).isEqualTo(a.tree());
    }

    @Test
    void aChangeOfMeaningIsNotEqual() {
        Plan a = bind(Plans.BASE);
        Plan b = bind(Plans.BASE.replace("ส่งเสริมการอ่าน", "ส่งเสริมการเขียน"));
        assertThat(b).isNotEqualTo(a);
        assertThat(b.strategies().get(0)).isNotEqualTo(a.strategies().get(0));
        assertThat(b.missions()).isEqualTo(a.missions());
    }

    @Test
    void spansKnowTheirFile() {
        Plan a = bind(Plans.BASE);
        assertThat(a.title().span().file()).isEqualTo("t.plan.yaml");
        assertThat(a.title().span().line()).isEqualTo(1);
        assertThat(a.strategies().get(0).guidelines().get(0).span().file()).isEqualTo("t.plan.yaml");
    }

    private static Plan bind(String yaml) {
        Findings findings = new Findings("t.plan.yaml");
        Loaded loaded = new PlanLoader(Limits.DEFAULT).load(yaml.getBytes(StandardCharsets.UTF_8), findings);
        Plan plan = PlanBinder.bind(loaded.root(), "t", findings);
        assertThat(findings.sorted()).isEmpty();
        return plan;
    }
}
