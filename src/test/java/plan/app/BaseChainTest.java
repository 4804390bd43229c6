package plan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * A chain of three plans, root ← mid ← act: the last plan's documents name the plan each
 * inherited item is written in, which for the vision, goals and strategies is the root, not the
 * nearest base (mid only adds an indicator). The nearest base is still the one {@code base} names.
 */
class BaseChainTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT_TITLE = "แผนพัฒนาการศึกษา พ.ศ. 2568–2571";
    private static final String MID_TITLE = "แผนกลาง 2569–2570";

    @TempDir
    Path dir;

    @Test
    void eachInheritedItemNamesThePlanItIsWrittenInAlongAChainOfBases() throws IOException {
        Path out = build();
        JsonNode act = JSON.readTree(out.resolve("act.json").toFile());
        assertThat(act.get("base").get("id").asText()).isEqualTo("mid");
        assertThat(act.get("base").get("title").asText()).isEqualTo(MID_TITLE);
        assertThat(act.get("vision").get("inheritedFrom").asText()).isEqualTo("root");
        assertThat(act.get("missions").get(0).get("inheritedFrom").asText()).isEqualTo("root");
        assertThat(act.get("strategies").get(0).get("inheritedFrom").asText()).isEqualTo("root");
        JsonNode g1 = act.get("goals").get(0);
        assertThat(g1.get("inheritedFrom").asText()).isEqualTo("root");
        assertThat(g1.get("indicators").get(0).get("id").asText()).isEqualTo("G1-1");
        assertThat(g1.get("indicators").get(0).get("inheritedFrom").asText()).isEqualTo("root");
        assertThat(g1.get("indicators").get(1).get("id").asText()).isEqualTo("MID-1");
        assertThat(g1.get("indicators").get(1).get("inheritedFrom").asText()).as("written in the middle plan").isEqualTo("mid");
        assertThat(g1.get("indicators").get(2).get("id").asText()).isEqualTo("ACT-1");
        assertThat(g1.get("indicators").get(2).has("inheritedFrom")).as("the plan's own").isFalse();
        assertThat(act.get("projects").get(0).has("inheritedFrom")).isFalse();

        JsonNode mid = JSON.readTree(out.resolve("mid.json").toFile());
        assertThat(mid.get("vision").get("inheritedFrom").asText()).isEqualTo("root");
        assertThat(mid.get("goals").get(0).get("indicators").get(1).has("inheritedFrom")).isFalse();
    }

    @Test
    void theDocumentsLineNamesThePlanTheVisionAndStrategiesAreWrittenIn() throws IOException {
        Path out = build();
        String line = "วิสัยทัศน์ พันธกิจ เป้าประสงค์ และกลยุทธ์ ตาม ";
        assertThat(Files.readString(out.resolve("act.md"))).contains(line + ROOT_TITLE).doesNotContain(line + MID_TITLE);
        assertThat(Files.readString(out.resolve("mid.md"))).contains(line + ROOT_TITLE);
        assertThat(Files.readString(out.resolve("act.html"))).contains(ROOT_TITLE).doesNotContain(MID_TITLE);
    }

    private Path build() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("root.plan.yaml"), """
                id: root
                title: %s
                organization: {name: โรงเรียนบ้านหนองบัววิทยา}
                period: {from: 2568, to: 2571}
                vision: ผู้เรียนมีคุณภาพ
                missions:
                  - {id: M1, text: พัฒนาผู้เรียน}
                goals:
                  - id: G1
                    text: ผู้เรียนอ่านออกเขียนได้
                    missions: [M1]
                    indicators:
                      - {id: G1-1, text: ร้อยละของนักเรียนที่อ่านออก, targets: {2568: 85, 2569: 88, 2570: 91, 2571: 94}}
                strategies:
                  - {id: S1, title: ส่งเสริมการอ่าน, goals: [G1], guidelines: [จัดกิจกรรมส่งเสริมการอ่าน]}
                """.formatted(ROOT_TITLE));
        Files.writeString(src.resolve("mid.plan.yaml"), """
                id: mid
                base: root
                title: %s
                organization: {name: โรงเรียนบ้านหนองบัววิทยา}
                period: {from: 2569, to: 2570}
                indicators:
                  G1:
                    - {id: MID-1, text: ตัวชี้วัดของแผนกลาง, targets: {2569: 10, 2570: 20}}
                """.formatted(MID_TITLE));
        Files.writeString(src.resolve("act.plan.yaml"), """
                id: act
                base: mid
                title: แผนปฏิบัติการ 2570
                organization: {name: โรงเรียนบ้านหนองบัววิทยา}
                period: {from: 2570, to: 2570}
                indicators:
                  G1:
                    - {id: ACT-1, text: ตัวชี้วัดของแผนปฏิบัติการ, targets: {2570: 5}}
                targets:
                  MID-1: {2570: 25}
                projects:
                  - {id: P1, title: โครงการ, strategies: [S1], budget: 1000}
                """);
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", src.toString(), "--out", out.toString(), "--format", "md,html,json,csv");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        return out;
    }
}
