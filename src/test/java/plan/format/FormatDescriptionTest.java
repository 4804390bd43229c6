package plan.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import plan.bind.PlanBinder;
import plan.check.CheckContext;
import plan.check.Checker;
import plan.diag.Diagnostic;
import plan.diag.Findings;
import plan.load.Limits;
import plan.load.Loaded;
import plan.load.PlanLoader;
import plan.model.Plan;
import plan.model.Text;
import plan.testing.Plans;

/**
 * A key is added to the format in one place: the description. Here a fixture adds two keys to
 * goals (a reference to a mission and a text) and one required text to strategies, and the
 * binder, the text rules and the reference rule all follow without a line of code for them.
 */
class FormatDescriptionTest {
    private static final Format EXTENDED = new Format(Map.of(
            "goal", List.of(Key.optional("sponsor", new Type.Ref(Kind.MISSION)), Key.optional("note", Type.Scalar.TEXT)),
            "strategy", List.of(Key.required("owner", Type.Scalar.TEXT))));

    private static final String YAML = Plans.BASE
            .replace("- {id: G1, text: ผู้เรียนอ่านออกเขียนได้, missions: [M1]}",
                    "- {id: G1, text: ผู้เรียนอ่านออกเขียนได้, missions: [M1], sponsor: M9, note: \"น\u0e4d\u0e32\"}")
            .replace("    goals: [G1]\n", "    goals: [G1]\n    owner: \" \"\n");

    @Test
    void theStandardFormatDoesNotKnowTheKeys() {
        List<String> found = check(Format.STANDARD);
        assertThat(found).contains("9:61 unknown-key", "9:74 unknown-key", "14:5 unknown-key")
                .noneMatch(d -> d.endsWith("unresolved-ref"));
    }

    @Test
    void binderTextRulesAndReferenceRuleFollowTheDescription() {
        List<String> found = check(EXTENDED);
        assertThat(found).noneMatch(d -> d.endsWith("unknown-key"))
                .contains("9:70 unresolved-ref", // sponsor: M9 names no mission
                        "9:82 thai-text", // note: decomposed SARA AM
                        "14:12 empty-text"); // owner is required and blank
    }

    @Test
    void aRequiredKeyOfTheDescriptionIsMissingWhereAbsent() {
        List<String> found = diagnostics(EXTENDED, Plans.BASE);
        assertThat(found).containsExactly("11:5 missing-key");
    }

    @Test
    void theTreeKeepsTheNewKeysAndTheWalkSeesThem() {
        Plan plan = bind(EXTENDED, YAML, new Findings("t.plan.yaml"));
        List<String> texts = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        Walk.walk(EXTENDED.plan().root(), plan.tree(), new Walk.Visitor() {
            @Override
            public void text(Text text, String path, boolean required) {
                texts.add(path + "=" + text.value() + (required ? " (required)" : ""));
            }

            @Override
            public void ref(Kind kind, Text ref, String path) {
                refs.add(path + "->" + kind.name() + ":" + ref.value());
            }
        });
        assertThat(texts).contains("goals.note=น\u0e4d\u0e32", "strategies.owner=  (required)");
        assertThat(refs).containsExactly("goals.missions->mission:M1", "goals.sponsor->mission:M9",
                "strategies.goals->goal:G1");
    }

    private static List<String> check(Format format) {
        return diagnostics(format, YAML);
    }

    private static List<String> diagnostics(Format format, String yaml) {
        Findings findings = new Findings("t.plan.yaml");
        Loaded loaded = new PlanLoader(Limits.DEFAULT).load(yaml.getBytes(StandardCharsets.UTF_8), findings);
        Plan plan = PlanBinder.bind(loaded.root(), "t", findings, format);
        Checker.check(new CheckContext(plan, format, loaded.source(), findings));
        return findings.sorted().stream().map(FormatDescriptionTest::brief).toList();
    }

    private static Plan bind(Format format, String yaml, Findings findings) {
        Loaded loaded = new PlanLoader(Limits.DEFAULT).load(yaml.getBytes(StandardCharsets.UTF_8), findings);
        return PlanBinder.bind(loaded.root(), "t", findings, format);
    }

    private static String brief(Diagnostic d) {
        return d.line() + ":" + d.column() + " " + d.rule();
    }
}
