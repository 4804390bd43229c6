package plan.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;
import plan.testing.Golden;

/**
 * The results reports of the example action plan, built as a user builds them: Markdown and
 * HTML against goldens, the plan's page and the index linking them, and a changed results file
 * rendering only what shows it.
 */
class ResultsReportTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/results");
    private static final List<String> FILES = List.of("examples/action-plan.plan.yaml",
            "examples/action-plan-q2.results.yaml", "examples/action-plan-year-end.results.yaml");

    @TempDir
    Path dir;

    @Test
    void reportsMatchTheirGoldens() throws IOException {
        Path out = dir.resolve("site");
        Cli.Result r = build(out, FILES.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        for (String id : List.of("action-plan-q2", "action-plan-year-end")) {
            for (String ext : List.of("md", "html")) {
                Golden.assertMatches(GOLDEN.resolve(id + "." + ext), Files.readString(out.resolve(id + "." + ext)));
            }
        }
    }

    @Test
    void theReportIsTitledByItsPeriodAndShowsEveryStatusInWordsAndSymbols() throws IOException {
        Path out = dir.resolve("site");
        build(out, FILES.toArray(String[]::new));
        String q2 = Files.readString(out.resolve("action-plan-q2.md"));
        String end = Files.readString(out.resolve("action-plan-year-end.md"));
        assertThat(q2).startsWith("# รายงานผลการดำเนินงาน รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2568");
        assertThat(end).startsWith("# รายงานผลการดำเนินงาน รอบ 12 เดือน ปีงบประมาณ พ.ศ. 2568");
        // The later report compares with the earlier: G1-1 was 86.5 at Q2 and is 91.2 now.
        assertThat(end).contains("เทียบกับรายงาน ณ วันที่ 31 มีนาคม 2568").contains("| 86.5 | 91.2 ↑ ดีขึ้น | ■ บรรลุ |");
        assertThat(q2).doesNotContain("ครั้งก่อน");
        assertThat(q2 + end).contains("■ บรรลุ", "× ไม่บรรลุ", "• ไม่ได้รายงาน", "ยังไม่เริ่มดำเนินการ", "ดำเนินการตามแผน",
                "ล่าช้ากว่าแผน", "ดำเนินการแล้วเสร็จ", "ยกเลิก");
        // Exact money: 285,800.50 spent of 314,250.50 allocated at year end.
        assertThat(end).contains("**285,800.50** ของ 314,250.50 บาท (ร้อยละ 90.95)");
        assertThat(Files.readString(out.resolve("action-plan.html")))
                .contains("href=\"action-plan-q2.html\"", "href=\"action-plan-year-end.html\"");
        // The index's line of figures is the latest report's; every report is linked below it.
        assertThat(Files.readString(out.resolve("index.html")))
                .contains("<span class=\"latest-results\"><a href=\"action-plan-year-end.html\">")
                .contains("<a href=\"action-plan-q2.html\">รายงานผลการดำเนินงาน รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2568</a>");
    }

    @Test
    void thaiDigitsApplyToTheReport() throws IOException {
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", "--thai-digits", "--format", "md", "--out", out.toString(),
                FILES.get(0), FILES.get(1));
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(Files.readString(out.resolve("action-plan-q2.md"))).startsWith(
                "# รายงานผลการดำเนินงาน รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๘");
    }

    @Test
    void theReportFollowsThePlansOwnDigitsAndStyle() throws IOException {
        // digits and style written in the plan itself, not on the command line or in plan.config.yaml.
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("action-plan.plan.yaml"),
                "digits: thai\nstyle: modern\n" + Files.readString(Path.of(FILES.get(0))));
        Files.copy(Path.of(FILES.get(1)), src.resolve("action-plan-q2.results.yaml"));
        Path out = dir.resolve("site");
        Cli.Result r = build(out, src.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(Files.readString(out.resolve("action-plan-q2.md")))
                .startsWith("# รายงานผลการดำเนินงาน รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๘");
        String page = Files.readString(out.resolve("action-plan-q2.html"));
        assertThat(page).doesNotContain("official.css").contains("class=\"thai-digits\"");
        // The index's latest results are in the plan's digits too.
        assertThat(Files.readString(out.resolve("index.html"))).containsPattern("latest-results\">[^<]*<a[^>]*>[^<]*[๐-๙]");

        // Without the key the default official style applies to the report as to the plan.
        Files.copy(Path.of(FILES.get(0)), src.resolve("action-plan.plan.yaml"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(build(out, src.toString()).exitCode()).isZero();
        assertThat(Files.readString(out.resolve("action-plan-q2.html"))).contains("official.css")
                .doesNotContain("class=\"thai-digits\"");
    }

    /** On a tie of as-of the latest was the last by path ("./z/a" after "./b"), not by file name. */
    @Test
    void onATieOfAsOfTheLatestIsTheFileNameLastInOrderWhateverItsFolder() throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("z"));
        Files.copy(Path.of(FILES.get(0)), src.resolve("action-plan.plan.yaml"));
        String q2 = Files.readString(Path.of(FILES.get(1)));
        Files.writeString(src.resolve("b.results.yaml"), q2);
        Files.writeString(src.resolve("z/a.results.yaml"), q2.replace("S1-1: {value: 126}", "S1-1: {value: 100}"));
        Path out = dir.resolve("site");
        assertThat(build(out, src.toString()).exitCode()).isZero();
        assertThat(Files.readString(out.resolve("index.html"))).contains("<span class=\"latest-results\"><a href=\"b.html\">")
                .doesNotContain("<span class=\"latest-results\"><a href=\"a.html\">");
        // b is the later of the two: it compares with a, not a with it.
        assertThat(Files.readString(out.resolve("b.md"))).contains("| 100 | 126 ↑ ดีขึ้น |");
        assertThat(Files.readString(out.resolve("a.md"))).doesNotContain("| 126 | 100 ↓");
    }

    @Test
    void aChangedResultsFileRendersOnlyItsReportsThePlanPageAndTheIndex() throws IOException {
        // A value changed: its report and the index show it; the earlier report and the plan (whose
        // page links the reports by their titles, unchanged) are not rendered again.
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        for (String f : FILES) {
            Files.copy(Path.of(f), src.resolve(Path.of(f).getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        Path out = dir.resolve("site");
        assertThat(build(out, src.toString()).exitCode()).isZero();
        FileTime old = FileTime.fromMillis(1_000_000L);
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, old);
            }
        }
        Path yearEnd = src.resolve("action-plan-year-end.results.yaml");
        Files.writeString(yearEnd, Files.readString(yearEnd).replace("G1-1: {value: 91.2}", "G1-1: {value: 91.4}"));
        assertThat(build(out, src.toString()).exitCode()).isZero();
        assertThat(Files.readString(out.resolve("action-plan-year-end.md"))).contains("91.4 ↑");
        assertThat(Files.getLastModifiedTime(out.resolve("action-plan-year-end.md"))).isNotEqualTo(old);
        for (String untouched : List.of("action-plan-q2.md", "action-plan-q2.html", "action-plan.md", "action-plan.html")) {
            assertThat(Files.getLastModifiedTime(out.resolve(untouched))).as(untouched).isEqualTo(old);
        }
    }

    @Test
    void resultsRememberedFromAnEarlierBuildAreCheckedAgainWhenTheirPlanChanges() throws IOException {
        // The second build recalls both results files clean; a changed target in the plan makes
        // them be checked and counted again (G1-1: 91.2 met a target of 90, misses one of 95).
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        for (String f : FILES) {
            Files.copy(Path.of(f), src.resolve(Path.of(f).getFileName()));
        }
        Path out = dir.resolve("site");
        assertThat(build(out, src.toString()).exitCode()).isZero();
        String first = Files.readString(out.resolve("index.html"));
        assertThat(first).contains("ตัวชี้วัดที่บรรลุค่าเป้าหมาย 7 จากที่รายงาน 9");
        assertThat(build(out, src.toString()).exitCode()).isZero();
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo(first);
        Path plan = src.resolve("action-plan.plan.yaml");
        String text = Files.readString(plan);
        assertThat(text).contains("targets: {2568: 90}");
        Files.writeString(plan, text.replaceFirst("targets: \\{2568: 90\\}", "targets: {2568: 95}"));
        assertThat(build(out, src.toString()).exitCode()).isZero();
        assertThat(Files.readString(out.resolve("index.html"))).contains("ตัวชี้วัดที่บรรลุค่าเป้าหมาย 6 จากที่รายงาน 9");
        assertThat(Files.readString(out.resolve("action-plan-year-end.md"))).contains("| ร้อยละ | 95 |");
    }

    private static Cli.Result build(Path out, String... paths) {
        String[] args = Stream.concat(Stream.of("build", "--format", "md,html", "--out", out.toString()),
                Stream.of(paths)).toArray(String[]::new);
        return Cli.run(args);
    }
}
