package plan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;
import plan.testing.Plans;

/**
 * The action plan in its official shape, as a user builds it: the list of projects numbered
 * strategy by strategy without gaps, with subtotals and the total, and each project that writes a
 * key of the project form printed as the Thai project form in the appendix (the others in the
 * chapter as before).
 */
class ProjectListAndFormsTest {
    private static final String PLAN = Plans.BASE + """
              - id: S2
                title: พัฒนาครู
                goals: [G1]
                guidelines: [อบรมครู]
            projects:
              - {id: A, title: โครงการห้องสมุด, strategies: [S2], budget: 1000}
              - id: B
                title: โครงการรักการอ่าน
                strategies: [S1]
                owner: กลุ่มภาษาไทย
                indicators:
                  - {id: B-1, text: ร้อยละของนักเรียนที่อ่านคล่อง, targets: {2566: 80, 2567: 85, 2568: 90, 2569: 95}}
                budget: {total: 2000.50, sources: {เงินอุดหนุนรายหัว: 2000.50}}
                kind: new
                rationale: นักเรียน **ร้อยละ 20** ยังอ่านไม่คล่อง
                outputs: {quantity: [นักเรียน 64 คน], quality: [อ่านคล่องร้อยละ 90]}
                evaluation:
                  - {indicator: B-1, method: ทดสอบการอ่าน, tool: แบบทดสอบ}
                  - {indicator: สถิติการยืมหนังสือ}
                expected: [นักเรียนรักการอ่าน]
                approvals:
                  - {role: ผู้เสนอโครงการ, name: นายหนึ่ง ใจดี, position: ครู}
              - {id: C, title: โครงการครูพี่เลี้ยง, strategies: [S2], budget: 500}
              - {id: D, title: โครงการป้ายนิเทศ, strategies: [S1], approvals: [{role: ผู้อนุมัติโครงการ}]}
            """;

    @TempDir
    static Path dir;
    static String md;

    @BeforeAll
    static void build() throws IOException {
        Path file = dir.resolve("projects.plan.yaml");
        Files.writeString(file, PLAN);
        Cli.Result r = Cli.run("build", file.toString(), "--out", dir.resolve("site").toString(), "--format", "md,html");
        assertThat(r.exitCode()).as(r.err() + r.out()).isZero();
        md = Files.readString(dir.resolve("site/projects.md"));
    }

    @Test
    void theListOfProjectsIsNumberedStrategyByStrategyWithSubtotalsAndTheTotal() {
        String list = md.substring(md.indexOf("</a>บัญชีโครงการ"), md.indexOf("\n### ", md.indexOf("</a>บัญชีโครงการ")));
        assertThat(list).containsSubsequence(
                "| | **กลยุทธ์ที่ 1 ส่งเสริมการอ่าน** |",
                "| 1 | [โครงการรักการอ่าน](#B) | [กลยุทธ์ที่ 1](#S1) | 2,000.50 | 2566–2569 | กลุ่มภาษาไทย |",
                "| 2 | [โครงการป้ายนิเทศ](#D) | [กลยุทธ์ที่ 1](#S1) | - |",
                "| | **รวม กลยุทธ์ที่ 1** | | **2,000.50** |",
                "| | **กลยุทธ์ที่ 2 พัฒนาครู** |",
                "| 3 | [โครงการห้องสมุด](#A) |",
                "| 4 | [โครงการครูพี่เลี้ยง](#C) |",
                "| | **รวม กลยุทธ์ที่ 2** | | **1,500** |",
                "| | **รวม** | | **3,500.50** |");
    }

    @Test
    void projectsWithFormKeysAreFormsInTheAppendixTheOthersStayInTheChapter() {
        String chapter = md.substring(md.indexOf("## <a id=\"projects\">"), md.indexOf("## <a id=\"budget\">"));
        assertThat(chapter).contains("#### <a id=\"A\"></a>3. โครงการห้องสมุด", "#### <a id=\"C\"></a>4. โครงการครูพี่เลี้ยง")
                .doesNotContain("<a id=\"B\">", "<a id=\"D\">");
        String appendix = md.substring(md.indexOf("## <a id=\"appendix\"></a>ภาคผนวก"));
        assertThat(appendix).containsSubsequence(
                "### <a id=\"B\"></a>แบบเสนอโครงการ โครงการที่ 1",
                "**ชื่อโครงการ** โครงการรักการอ่าน",
                "**สนองกลยุทธ์** [กลยุทธ์ที่ 1](#S1)",
                "**ลักษณะโครงการ** โครงการใหม่",
                "**ผู้รับผิดชอบ** กลุ่มภาษาไทย",
                "**1. หลักการและเหตุผล**", "นักเรียน **ร้อยละ 20** ยังอ่านไม่คล่อง",
                "**2. เป้าหมาย**", "1 เชิงปริมาณ", "- นักเรียน 64 คน", "2 เชิงคุณภาพ", "- อ่านคล่องร้อยละ 90",
                "**3. งบประมาณ** 2,000.50 บาท", "| เงินอุดหนุนรายหัว | 2,000.50 |",
                "**4. การประเมินผล**",
                "| ร้อยละของนักเรียนที่อ่านคล่อง | ทดสอบการอ่าน | แบบทดสอบ |",
                "| สถิติการยืมหนังสือ |  |  |",
                "**5. ผลที่คาดว่าจะได้รับ**", "- นักเรียนรักการอ่าน",
                "ลงชื่อ ........................................ ผู้เสนอโครงการ\\\n(นายหนึ่ง ใจดี)\\\nครู",
                "### <a id=\"D\"></a>แบบเสนอโครงการ โครงการที่ 2",
                "ลงชื่อ ........................................ ผู้อนุมัติโครงการ");
    }

    @Test
    void aPlanWithoutBudgetsShowsDashesInItsTotalsAsInItsRowsInThaiDigitsToo() throws IOException {
        Path file = dir.resolve("unfunded.plan.yaml");
        Files.writeString(file, Plans.BASE + """
                projects:
                  - {id: A, title: โครงการห้องสมุด, strategies: [S1]}
                """);
        for (String digits : new String[] {"", "--thai-digits"}) {
            Path out = dir.resolve("unfunded" + digits);
            Cli.Result r = digits.isEmpty() ? Cli.run("build", file.toString(), "--out", out.toString(), "--format", "md")
                    : Cli.run("build", file.toString(), "--out", out.toString(), "--format", "md", digits);
            assertThat(r.exitCode()).as(r.err() + r.out()).isZero();
            String built = Files.readString(out.resolve("unfunded.md"));
            String list = built.substring(built.indexOf("</a>บัญชีโครงการ"));
            assertThat(list).as(digits).containsSubsequence("| [โครงการห้องสมุด](#A) |", " | - |",
                    "| | **รวม กลยุทธ์ที่ ", "** | | **-** |", "| | **รวม** | | **-** |");
        }
    }
}
