package plan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * What the site index says of each plan's results, through {@code plan build} as a user runs it:
 * a plan whose results file failed its check does not read as a clean pass; every report is
 * linked, with its PDF where the site has PDFs; and the figures are in Thai digits when the
 * build or the plan asks for them.
 */
class IndexResultsTest {
    private static final String OVER_BUDGET = "plan: action-plan\nas-of: 2568-06-30\nprojects:\n  P2: {status: on-track, spent: 99999}\n";

    @TempDir
    Path dir;

    @Test
    void aPlanWhoseResultsFileHasErrorsIsNotShownAsAPass() throws IOException {
        Path src = copy("action-plan.plan.yaml", "action-plan-q2.results.yaml", "minimal.plan.yaml");
        Files.writeString(src.resolve("action-plan-q3.results.yaml"), OVER_BUDGET);
        String index = build(src, 1, "--format", "md,html");
        String row = row(index, "action-plan.html");
        assertThat(row).startsWith("<tr class=\"status-errors\">")
                .contains("<td>ผ่าน; ไฟล์ผลการดำเนินงานมีข้อผิดพลาด 1 รายการ: ไม่ได้สร้างรายงาน</td>");
        assertThat(row(index, "minimal.html")).startsWith("<tr class=\"status-ok\">").contains("<td>ผ่าน</td>");

        // Put right, the row passes again.
        Files.delete(src.resolve("action-plan-q3.results.yaml"));
        assertThat(row(build(src, 0, "--format", "md,html"), "action-plan.html")).contains("<td>ผ่าน</td>")
                .doesNotContain("ไฟล์ผลการดำเนินงาน");
    }

    @Test
    void inAnEnglishIndexTheWordsAreEnglish() throws IOException {
        Path src = copy("action-plan.plan.yaml");
        Path plan = src.resolve("action-plan.plan.yaml");
        Files.writeString(plan, "lang: en\n" + Files.readString(plan));
        Files.writeString(src.resolve("action-plan-q3.results.yaml"), OVER_BUDGET);
        assertThat(row(build(src, 1, "--format", "md,html"), "action-plan.html"))
                .contains("<td>passed; results files: 1 error(s), no report</td>");
    }

    @Test
    void theIndexLinksEveryReportOfAPlanNewestFirstWithItsPdfWhereTheSiteHasPdfs() throws IOException {
        Path src = copy("action-plan.plan.yaml", "action-plan-q2.results.yaml", "action-plan-year-end.results.yaml");
        String row = row(build(src, 0, "--format", "html,pdf"), "action-plan.html");
        String yearEnd = "<span class=\"report\"><a href=\"action-plan-year-end.html\">รายงานผลการดำเนินงาน รอบ 12 เดือน"
                + " ปีงบประมาณ พ.ศ. 2568</a> · <a href=\"action-plan-year-end.pdf\">PDF</a></span>";
        String q2 = "<span class=\"report\"><a href=\"action-plan-q2.html\">รายงานผลการดำเนินงาน รอบ 6 เดือน"
                + " ปีงบประมาณ พ.ศ. 2568</a> · <a href=\"action-plan-q2.pdf\">PDF</a></span>";
        assertThat(row).contains(yearEnd, q2);
        assertThat(row.indexOf(yearEnd)).as("newest first").isLessThan(row.indexOf(q2));
        // The latest results' figures stay, above the list.
        assertThat(row).contains("<span class=\"latest-results\"><a href=\"action-plan-year-end.html\">รอบ 12 เดือน");
        assertThat(row.indexOf("latest-results")).isLessThan(row.indexOf(yearEnd));

        // Without PDFs, no PDF is linked.
        String noPdf = row(build(src, 0, "--format", "md,html"), "action-plan.html");
        assertThat(noPdf).contains("<a href=\"action-plan-q2.html\">รายงานผลการดำเนินงาน รอบ 6 เดือน")
                .doesNotContain(".pdf");
    }

    @Test
    void withThaiDigitsEveryFigureOfTheIndexIsInThaiDigits() throws IOException {
        Path src = copy("action-plan.plan.yaml", "action-plan-q2.results.yaml", "action-plan-year-end.results.yaml",
                "minimal.plan.yaml", "full.plan.yaml");
        String plain = build(src, 0, "--format", "md,html");
        assertThat(shown(row(plain, "action-plan.html"))).as("without the option, as written").contains("พ.ศ. 2568", "314,250.50");

        String index = build(src, 0, "--format", "md,html", "--thai-digits");
        String row = row(index, "action-plan.html");
        assertThat(shown(row)).contains("พ.ศ. ๒๕๖๘", "๓๑๔,๒๕๐.๕๐", "รอบ ๑๒ เดือน", "<td class=\"align-right\">๖\n");
        // Every figure a reader sees, the totals included; links keep the files' names.
        String table = index.substring(index.indexOf("<tbody>"), index.indexOf("</table>"));
        assertThat(shown(table)).doesNotContainPattern("[0-9]");
        assertThat(row).contains("href=\"action-plan-q2.html\"");
    }

    @Test
    void aPlanWrittenInThaiDigitsHasItsRowInThemAndTheOthersKeepTheirs() throws IOException {
        Path src = copy("action-plan.plan.yaml", "action-plan-q2.results.yaml", "minimal.plan.yaml");
        Path plan = src.resolve("action-plan.plan.yaml");
        Files.writeString(plan, "digits: thai\n" + Files.readString(plan));
        String index = build(src, 0, "--format", "md,html");
        assertThat(shown(row(index, "action-plan.html"))).doesNotContainPattern("[0-9]").contains("พ.ศ. ๒๕๖๘");
        assertThat(shown(row(index, "minimal.html"))).contains("พ.ศ. 2567–2570");
        // The total is of plans in both digits: as written.
        assertThat(index.substring(index.indexOf("<tfoot>"))).contains("314,250.50");
    }

    /** What a reader sees of some HTML: its text, without tags (whose attributes hold file names). */
    private static String shown(String html) {
        return html.replaceAll("<(?!td class=\"align-right\">)[^>]*>", "");
    }

    /** The named files of examples/, copied to a folder of their own. */
    private Path copy(String... names) throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        for (String name : names) {
            Files.copy(Path.of("examples").resolve(name), src.resolve(name));
        }
        return src;
    }

    /** Builds {@code src} as a user does, and returns the index. */
    private String build(Path src, int exitCode, String... options) throws IOException {
        Path out = dir.resolve("site");
        String[] args = new String[options.length + 4];
        args[0] = "build";
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = "--out";
        args[options.length + 2] = out.toString();
        args[options.length + 3] = src.toString();
        Cli.Result r = Cli.run(args);
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(exitCode);
        assertThat(r.err()).doesNotContain("Exception");
        return Files.readString(out.resolve("index.html"));
    }

    /** The index's row of the plan whose page is {@code page}. */
    static String row(String index, String page) {
        int link = index.indexOf("<a href=\"" + page + "\">");
        assertThat(link).as(page).isNotNegative();
        int start = index.lastIndexOf("<tr", link);
        return index.substring(start, index.indexOf("</tr>", link));
    }
}
