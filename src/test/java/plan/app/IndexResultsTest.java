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
 * a plan whose results file failed its check does not read as a clean pass.
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
