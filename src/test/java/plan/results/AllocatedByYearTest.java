package plan.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * "Allocated" in a report is the plan's budget for the fiscal year of `as-of`: a project of
 * other years has none that year, and a budget split by years has none in a year it does not
 * name; spending against such a year is more than its budget.
 */
class AllocatedByYearTest {
    private static final String PLAN = """
            id: two-years
            title: แผนปฏิบัติการ พ.ศ. 2568–2569
            organization: {name: โรงเรียนบ้านเอ}
            period: {from: 2568, to: 2569}
            vision: นักเรียนเก่ง ดี มีสุข
            missions: [{id: M1, text: พัฒนาผู้เรียน}]
            goals: [{id: G1, text: นักเรียนมีคุณภาพ, missions: [M1]}]
            strategies:
              - {id: S1, title: พัฒนาคุณภาพผู้เรียน, goals: [G1], guidelines: [สอนเสริม]}
            projects:
              - {id: PA, title: โครงการ ก, strategies: [S1], budget: {total: 200, years: {2568: 50, 2569: 150}}}
              - {id: PB, title: โครงการ ข, strategies: [S1], years: {from: 2569, to: 2569}, budget: 100}
            """;

    @TempDir
    Path dir;

    @Test
    void aProjectOfAnotherYearHasNoBudgetInThisYearsReport() throws IOException {
        Files.writeString(dir.resolve("two-years.plan.yaml"), PLAN);
        Files.writeString(dir.resolve("two-years-q1.results.yaml"), """
                plan: two-years
                as-of: 2567-12-31
                projects:
                  PA: {status: on-track, spent: 10}
                """);
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", dir.toString(), "--out", out.toString(), "--format", "md");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        String md = Files.readString(out.resolve("two-years-q1.md"));
        assertThat(md).contains("**10** ของ 50 บาท (ร้อยละ 20.00)");
        assertThat(md.substring(md.indexOf("โครงการ ข"))).contains("| **รวม** | 0 | – | – |");
    }

    @Test
    void spendingInAYearTheBudgetDoesNotCoverIsOverBudget() throws IOException {
        Files.writeString(dir.resolve("two-years.plan.yaml"), PLAN);
        Files.writeString(dir.resolve("two-years-q1.results.yaml"), """
                plan: two-years
                as-of: 2567-12-31
                projects:
                  PB: {status: on-track, spent: 5}
                """);
        Cli.Result r = Cli.run("check", "--lang", "en", "--color", "never", dir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("two-years-q1.results.yaml:4:").contains("error[result-over-budget]");
    }
}
