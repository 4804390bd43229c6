package plan.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * Which results the area office's roll-up counts, built from examples/area-office as a user
 * builds it: the year stays within the area office's plan though a school's plan runs on past
 * it, each school's latest results of that year are the ones counted, and a school whose results
 * file has errors is named as such (not as a school that has not reported), in Thai and English.
 */
class RollupYearTest {
    private static final Path EXAMPLE = Path.of("examples/area-office");
    private static final String PAGE = "spp-area-example.rollup.md";

    @TempDir
    Path dir;

    @Test
    void aSchoolsResultsOfAYearAfterTheAreaOfficesPlanDoNotMoveTheRollupThere() throws IOException {
        Path src = copy();
        // Ban Na's plan runs two years, the area office's one; Ban Na reported in Q3 of 2568 and in Q1 of 2569.
        Path na = src.resolve("school-ban-na.plan.yaml");
        Files.writeString(na, Files.readString(na).replace("period: {from: 2568, to: 2568}", "period: {from: 2568, to: 2569}")
                .replace("budget: 15000", "budget: {total: 30000, years: {2568: 12000, 2569: 18000}}"));
        Files.writeString(src.resolve("school-ban-na-q3.results.yaml"),
                "plan: school-ban-na\nas-of: 2568-06-30\nprojects:\n  P1: {status: on-track, spent: 4000}\n");
        Files.writeString(src.resolve("school-ban-na-fy69q1.results.yaml"),
                "plan: school-ban-na\nas-of: 2568-12-31\nprojects:\n  P1: {status: on-track, spent: 7000}\n");
        String md = build(src, 0);

        assertThat(md).contains("งบประมาณของปีงบประมาณ พ.ศ. 2568 ").doesNotContain("2569");
        String schools = section(md, "schools");
        // Ban Dong's results of 2568 still count; Ban Na's latest of 2568 is Q3, not its 2569 results.
        assertThat(schools).contains("| โรงเรียนบ้านดง (ตัวอย่าง) | 31 มีนาคม 2568 |")
                .contains("| โรงเรียนบ้านนา (ตัวอย่าง) | 30 มิถุนายน 2568 |")
                .doesNotContain("ยังไม่รายงานผลของปีนี้");
        // Its project: the budget of 2568 and what was spent by 30 June 2568.
        assertThat(section(md, "S3")).contains("| โรงเรียนบ้านนา (ตัวอย่าง) | โครงการระบบข้อมูลนักเรียน | 12,000 | 4,000 | 33.33 |");
    }

    @Test
    void aSchoolWithResultsOfNoYearOfTheAreaOfficesPlanHasNotReportedForIt() throws IOException {
        Path src = copy();
        Path na = src.resolve("school-ban-na.plan.yaml");
        Files.writeString(na, Files.readString(na).replace("period: {from: 2568, to: 2568}", "period: {from: 2568, to: 2569}"));
        Files.writeString(src.resolve("school-ban-na-fy69q1.results.yaml"),
                "plan: school-ban-na\nas-of: 2568-12-31\nprojects:\n  P1: {status: on-track, spent: 7000}\n");
        String md = build(src, 0);
        assertThat(md).contains("ปีงบประมาณ พ.ศ. 2568 ");
        assertThat(section(md, "schools")).contains("| โรงเรียนบ้านดง (ตัวอย่าง) | 31 มีนาคม 2568 |")
                .contains("| โรงเรียนบ้านนา (ตัวอย่าง) | ยังไม่รายงานผลของปีนี้ |");
        assertThat(section(md, "S3")).doesNotContain("7,000");
    }

    @Test
    void aSchoolWhoseResultsHaveErrorsIsSaidToHaveThemAndARebuildFindsThem() throws IOException {
        Path src = copy();
        Path out = dir.resolve("site");
        assertThat(section(build(src, out, 0), "schools")).contains("| โรงเรียนบ้านนา (ตัวอย่าง) | ยังไม่รายงานผลของปีนี้ |");

        // Spent more than the budget of 15,000: an error, so the file has no report and is not counted.
        Files.writeString(src.resolve("school-ban-na-q2.results.yaml"),
                "plan: school-ban-na\nas-of: 2568-03-31\nprojects:\n  P1: {status: on-track, spent: 70000}\n");
        String md = build(src, out, 1);
        assertThat(section(md, "schools")).contains("| โรงเรียนบ้านนา (ตัวอย่าง) | รายงานผล 1 ฉบับมีข้อผิดพลาด จึงไม่นำมานับ |")
                .doesNotContain("ยังไม่รายงานผลของปีนี้");
        assertThat(section(md, "S3")).doesNotContain("70,000");

        // Beside results it counts, a later file with errors is named too.
        Files.writeString(src.resolve("school-ban-dong-q3.results.yaml"),
                "plan: school-ban-dong\nas-of: 2568-06-30\nprojects:\n  P2: {status: on-track, spent: 99999}\n");
        assertThat(section(build(src, out, 1), "schools"))
                .contains("| โรงเรียนบ้านดง (ตัวอย่าง) | 31 มีนาคม 2568; รายงานผล 1 ฉบับมีข้อผิดพลาด จึงไม่นำมานับ |");
    }

    @Test
    void inEnglishTheWordsAreEnglish() throws IOException {
        Path src = copy();
        Path parent = src.resolve("spp-area-example.plan.yaml");
        Files.writeString(parent, "lang: en\n" + Files.readString(parent));
        Files.writeString(src.resolve("school-ban-na-q2.results.yaml"),
                "plan: school-ban-na\nas-of: 2568-03-31\nprojects:\n  P1: {status: on-track, spent: 70000}\n");
        assertThat(section(build(src, 1), "schools")).contains("| 1 results file(s) with errors, not counted |");
    }

    private Path copy() throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        try (Stream<Path> files = Files.list(EXAMPLE)) {
            for (Path f : files.toList()) {
                Files.copy(f, src.resolve(f.getFileName()));
            }
        }
        return src;
    }

    private String build(Path src, int exitCode) throws IOException {
        return build(src, dir.resolve("site"), exitCode);
    }

    /** Builds {@code src} into {@code out} as a user does, and returns the roll-up's Markdown. */
    private static String build(Path src, Path out, int exitCode) throws IOException {
        Cli.Result r = Cli.run("build", "--format", "md,html", "--out", out.toString(), src.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(exitCode);
        assertThat(r.err()).doesNotContain("Exception");
        return Files.readString(out.resolve(PAGE));
    }

    /** The text under the heading with anchor {@code id}, up to the next heading. */
    private static String section(String md, String id) {
        int at = md.indexOf("<a id=\"" + id + "\"></a>");
        assertThat(at).as(id).isNotNegative();
        int end = md.indexOf("\n## ", at);
        return end < 0 ? md.substring(at) : md.substring(at, end);
    }
}
