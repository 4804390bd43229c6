package plan.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * A results report says only what its results file says: a project the file leaves out, or
 * spending given as one sum, is "–" where nothing was reported, never a spending of 0; every
 * project is counted by status; the chart of indicators met accounts for every indicator the
 * summary counts, in per cents drawn against 100; and projects carry the numbers the plan's
 * documents and exports give them.
 */
class ReportFiguresTest {
    // Projects written out of strategy order: the documents number them strategy by strategy (PY is 1).
    private static final String PLAN = """
            id: school
            title: แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2568
            organization: {name: โรงเรียนบ้านเอ}
            period: {from: 2568, to: 2568}
            vision: นักเรียนเก่ง ดี มีสุข
            missions: [{id: M1, text: พัฒนาผู้เรียน}]
            goals:
              - id: G1
                text: นักเรียนมีคุณภาพ
                missions: [M1]
                indicators:
                  - {id: G1-1, text: อัตราการออกกลางคัน, unit: ร้อยละ, direction: down, targets: {2568: 1.5}}
            strategies:
              - {id: S1, title: พัฒนาคุณภาพผู้เรียน, goals: [G1], guidelines: [สอนเสริม]}
              - {id: S2, title: โรงเรียนปลอดภัย, goals: [G1], guidelines: [ซ้อมแผน]}
            projects:
              - id: PX
                title: โครงการเอ็กซ์
                strategies: [S2]
                budget: {total: 100000, sources: {เงินอุดหนุนรายหัว: 60000, เงินรายได้สถานศึกษา: 40000},
                         quarters: [25000, 25000, 25000, 25000]}
                indicators:
                  - {id: PX-1, text: จำนวนครั้งที่ซ้อมแผน, unit: ครั้ง, targets: {2568: 2}}
              - {id: PY, title: โครงการวาย, strategies: [S1], budget: 40000}
              - {id: PZ, title: โครงการแซด, strategies: [S1, S2], budget: 10000}
            """;
    private static final String RESULTS = """
            plan: school
            as-of: 2567-12-31
            indicators:
              G1-1: {value: 1.2}
              PX-1: {value: 1, note: ซ้อมแล้วหนึ่งครั้ง}
            projects:
              PX: {status: on-track, spent: 20000}
              PY: {status: done, spent: 40000}
            """;

    @TempDir
    static Path dir;
    static String md;
    static String html;
    static String document;

    @BeforeAll
    static void build() throws IOException {
        Files.writeString(dir.resolve("school.plan.yaml"), PLAN);
        Files.writeString(dir.resolve("school-q1.results.yaml"), RESULTS);
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", dir.toString(), "--out", out.toString(), "--format", "md,html,json");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        md = Files.readString(out.resolve("school-q1.md"));
        html = Files.readString(out.resolve("school-q1.html"));
        document = Files.readString(out.resolve("school.md"));
    }

    @Test
    void aProjectTheResultsLeaveOutIsNotReportedNotSpentNothing() {
        String pz = md.substring(md.indexOf("</a>โครงการที่ 2 โครงการแซด"), md.indexOf("</a>โครงการที่ 3"));
        assertThat(pz).containsSubsequence("**สถานะ** • ไม่ได้รายงาน", "| **รวม** | 10,000 | – | – |");
        assertThat(md).contains("- โครงการตามสถานะ: ดำเนินการตามแผน 1, ดำเนินการแล้วเสร็จ 1, • ไม่ได้รายงาน 1");
    }

    @Test
    void spendingGivenAsOneSumIsNotZeroEachQuarter() {
        String px = md.substring(md.indexOf("</a>โครงการที่ 3 โครงการเอ็กซ์"));
        // Sources too: their allocation is shown, what each spent is not known.
        assertThat(px).containsSubsequence("| **รวม** | 100,000 | 20,000 | 20.00 |",
                "| แหล่งงบประมาณ: เงินอุดหนุนรายหัว | 60,000 | – | – |", "| แหล่งงบประมาณ: เงินรายได้สถานศึกษา | 40,000 | – | – |",
                "| ไตรมาส 1 | 25,000 | – | – |", "| **รวม** | 25,000 | 20,000 | 80.00 |")
                .doesNotContain("| ไตรมาส 1 | 25,000 | 0 |");
    }

    @Test
    void theChartOfIndicatorsMetCountsTheGoalsIndicatorsAndDrawsPerCentsAgainstAHundred() {
        String chart = md.substring(md.indexOf("met-by-strategy-percent-chart"), md.indexOf("## ", md.indexOf("met-by-strategy")));
        assertThat(chart).contains("| กลยุทธ์ที่ 2 โรงเรียนปลอดภัย | 1 | 0 | 0.00 |", "| ตัวชี้วัดของเป้าประสงค์ | 1 | 1 | 100.00 |");
        assertThat(md).contains("ตัวชี้วัดที่บรรลุค่าเป้าหมาย **1** จากที่รายงาน 2");
        // Budget by strategy: S1 spent 40,000 of 50,000 (80 per cent): a bar of 240 of the 300 units, not a full one.
        Matcher bar = Pattern.compile("<text class=\"chart-label\" x=\"0\" y=\"\\d+\">กลยุทธ์ที่ 1 พัฒนาคุณภาพผู้เรียน</text>\n"
                + "<rect class=\"chart-bar\" x=\"0\" y=\"\\d+\" width=\"(\\d+)\"").matcher(html);
        assertThat(bar.find()).as(html).isTrue();
        assertThat(bar.group(1)).isEqualTo("240");
    }

    @Test
    void aProjectOfTwoStrategiesCountsOnceUnderItsFirstSoTheRowsAddUp() throws IOException {
        String chart = md.substring(md.indexOf("budget-by-strategy-percent-chart"), md.indexOf("met-by-strategy"));
        assertThat(chart).contains("| กลยุทธ์ที่ 1 พัฒนาคุณภาพผู้เรียน | 50,000 | 40,000 | 80.00 |",
                "| กลยุทธ์ที่ 2 โรงเรียนปลอดภัย | 100,000 | 20,000 | 20.00 |");
        String json = Files.readString(dir.resolve("site/school-q1.json")).replaceAll("\\s", "");
        assertThat(json).contains("\"id\":\"S2\",\"allocated\":\"100000.00\"");
    }

    @Test
    void projectsAreNumberedAsThePlansDocumentsNumberThem() throws IOException {
        assertThat(document).containsSubsequence("โครงการวาย", "โครงการแซด", "โครงการเอ็กซ์");
        assertThat(md).containsSubsequence("</a>โครงการที่ 1 โครงการวาย", "</a>โครงการที่ 2 โครงการแซด",
                "</a>โครงการที่ 3 โครงการเอ็กซ์");
        String json = Files.readString(dir.resolve("site/school.json"));
        assertThat(json.replaceAll("\\s", "")).containsSubsequence("\"id\":\"PY\",\"number\":1", "\"id\":\"PZ\",\"number\":2",
                "\"id\":\"PX\",\"number\":3");
    }

    @Test
    void aLaterReportShowsThenAndNowAndAFallWhereIndicatorsShouldFallIsBetter(@TempDir Path here) throws IOException {
        Files.writeString(here.resolve("school.plan.yaml"), PLAN.replace(
                "      - {id: G1-1, text: อัตราการออกกลางคัน, unit: ร้อยละ, direction: down, targets: {2568: 1.5}}",
                "      - {id: G1-1, text: อัตราการออกกลางคัน, unit: ร้อยละ, direction: down, targets: {2568: 1.5}}\n"
                        + "      - {id: G1-2, text: ผลการประเมินคุณภาพภายใน, scale: [พอใช้, ดี, ดีเลิศ], targets: {2568: ดีเลิศ}}"));
        Files.writeString(here.resolve("school-q1.results.yaml"), RESULTS.replace("  G1-1: {value: 1.2}",
                "  G1-1: {value: 1.2}\n  G1-2: {value: พอใช้, note: ยังไม่ถึงเป้า}"));
        Files.writeString(here.resolve("school-q2.results.yaml"), RESULTS.replace("as-of: 2567-12-31", "as-of: 2568-03-31")
                .replace("  G1-1: {value: 1.2}", "  G1-1: {value: 0.9}\n  G1-2: {value: ดี, note: ยังไม่ถึงเป้า}")
                .replace("PX: {status: on-track, spent: 20000}", "PX: {status: done, spent: 30000}"));
        Path out = here.resolve("site");
        Cli.Result r = Cli.run("build", here.toString(), "--out", out.toString(), "--format", "md");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        String q2 = Files.readString(out.resolve("school-q2.md"));
        assertThat(q2).contains("| 1.2 | 0.9 ↓ ดีขึ้น |", "| พอใช้ | ดี ↑ ดีขึ้น |");
        // The summary and each project's status, then and now.
        assertThat(q2).contains("**70,000** ของ 150,000 บาท (ร้อยละ 46.67) · ครั้งก่อน 60,000",
                "**สถานะ** ดำเนินการแล้วเสร็จ (ครั้งก่อน ดำเนินการตามแผน)", "· ครั้งก่อน 1 จากที่รายงาน 3");
    }
}
