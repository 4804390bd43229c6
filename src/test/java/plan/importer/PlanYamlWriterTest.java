package plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import plan.diag.Message;
import plan.diag.Messages;
import plan.model.Goal;
import plan.model.Lang;
import plan.model.Mission;
import plan.model.Organization;
import plan.model.Plan;
import plan.model.Section;
import plan.model.Span;
import plan.model.Text;

/** The writer: values read back exactly, quotes only where YAML needs them, the format's key order. */
class PlanYamlWriterTest {
    private static final Messages ENGLISH = new Messages(java.util.Locale.ENGLISH);

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "on", "2", "2.5", "null", "~", "- x", "#x", "a: b", "a #b", "ends:", "EQ : Emotion",
            "'q'", "\"dq\"", "  lead", "trail ", "*star", "&amp", "!tag", "%p", "@at", "`tick", "[x]", "{x}", "|x", ">x",
            "back\\slash", "x\u2028y", "\u0085", "ค่า: หนึ่ง", "“อ้างอิง”", "ฺB – Board"})
    void everyTextReadsBackAsWritten(String value) {
        String yaml = PlanYamlWriter.write(draft(value), ENGLISH);
        Map<?, ?> back = new Yaml(new SafeConstructor(new LoaderOptions())).load(new StringReader(yaml));
        assertThat(back.get("title")).isEqualTo(value);
    }

    @Test
    void thaiIsPlainAndKeysFollowTheFormat() {
        String yaml = PlanYamlWriter.write(draft("แผนพัฒนาการศึกษา พ.ศ. 2566–2570"), ENGLISH);
        assertThat(yaml).contains("\ntitle: แผนพัฒนาการศึกษา พ.ศ. 2566–2570\n").doesNotContain("\\u");
        List<String> keys = yaml.lines().filter(l -> !l.startsWith(" ") && !l.startsWith("#") && l.contains(":"))
                .map(l -> l.substring(0, l.indexOf(':'))).toList();
        assertThat(keys).containsExactly("format", "id", "lang", "title", "organization", "vision", "missions", "goals",
                "sections", "outline");
        assertThat(yaml).contains("    missions: [M1]  # inferred from the order: confirm\n");
        assertThat(yaml).contains("    body: |\n      บรรทัดหนึ่ง\n\n      1. ข้อหนึ่ง\n");
        assertThat(PlanYamlWriter.write(draft("แผนพัฒนาการศึกษา พ.ศ. 2566–2570"), ENGLISH)).isEqualTo(yaml);
    }

    private static Draft draft(String title) {
        Plan plan = Plan.builder().id(t("p")).lang(Lang.TH).title(t(title))
                .organization(new Organization(t("สำนักงาน"), null, Span.NONE)).vision(t("วิสัยทัศน์"))
                .missions(List.of(new Mission(t("M1"), t("พันธกิจ"), Span.NONE)))
                .goals(List.of(new Goal(t("G1"), t("เป้าประสงค์"), List.of(t("M1")), List.of(), Span.NONE)))
                .sections(List.of(new Section(t("s1"), t("หัวข้อ"), t("บรรทัดหนึ่ง\n\n1. ข้อหนึ่ง"), Span.NONE)))
                .outline(List.of(t("vision"), t("s1"))).build();
        return new Draft(plan, Map.of("goals[0].missions", List.of(Recognizer.INFERRED)), List.of(Message.of("import.header.source", "x.docx")), Map.of(), List.of());
    }

    private static Text t(String s) {
        return new Text(s, Span.NONE);
    }
}
