package plan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * The yearly cycle as a user runs it: an action plan names its development plan with {@code base}
 * and its documents print what it inherits as if written in it, with the line naming the plan
 * they come from; a change to the base renders the plans built on it again; {@code plan diff}
 * compares plans as they read. The sources are {@code examples/yearly}.
 */
class YearlyCycleTest {
    private static final Path YEARLY = Path.of("examples/yearly");
    private static final String ACTION = "action-plan-2569";
    private static final String BASE_TITLE = "แผนพัฒนาการศึกษา พ.ศ. 2568–2571";

    @TempDir
    Path dir;

    @Test
    void theExamplesAreCleanTogetherAndTheActionPlanAloneSaysItsBaseMustBeGiven() {
        Cli.Result both = Cli.run("check", "--lang", "en", YEARLY.toString());
        assertThat(both.exitCode()).as(both.out()).isZero();
        assertThat(both.out()).contains("no problems in 2 file(s)");

        Cli.Result alone = Cli.run("check", "--lang", "en", "--color", "never", YEARLY.resolve(ACTION + ".plan.yaml").toString());
        assertThat(alone.exitCode()).isEqualTo(1);
        assertThat(alone.out()).contains("examples/yearly/action-plan-2569.plan.yaml:6:7: error[unresolved-ref]: "
                        + "no plan `development-plan` among the files given")
                .contains("the base plan must be given with this plan")
                .contains("examples/yearly/development-plan.plan.yaml");
        // Nothing that only follows from the missing base: its projects' strategies are not called unknown.
        assertThat(alone.out()).contains("1 error(s)");
    }

    @Test
    void theDocumentsPrintWhatThePlanInheritsAndWhereItComesFrom() throws IOException {
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", YEARLY.toString(), "--out", out.toString(), "--format", "md,html");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String md = Files.readString(out.resolve(ACTION + ".md"));
        // The list of tables is front matter: the body starts after it.
        String body = md.replaceFirst("\n## <a id=\"list-of-tables\"></a>[^\n]*\n\n(- [^\n]*\n)+", "");
        assertThat(body).isNotEqualTo(md);
        String first = body.substring(body.indexOf("\n---\n"), body.indexOf("\n## "));
        assertThat(first).as("the body opens with the line naming the base")
                .contains("วิสัยทัศน์ พันธกิจ เป้าประสงค์ และกลยุทธ์ ตาม " + BASE_TITLE);
        assertThat(md).contains("ภายในปี 2571 โรงเรียนบ้านหนองบัววิทยาจัดการศึกษาได้มาตรฐาน", // vision
                "พัฒนาครูและระบบบริหารจัดการสถานศึกษาให้มีประสิทธิภาพ", // a mission
                "กลยุทธ์ที่ 2 พัฒนาครูและระบบบริหารจัดการสถานศึกษา", // a strategy
                "ใช้ระบบสารสนเทศในการติดตามและรายงานผล", // its guideline
                "**SMART**", // values
                "จำนวนนักเรียนที่ยืมหนังสือจากห้องสมุดต่อสัปดาห์", // the indicator the action plan adds to S1
                "โครงการชุมชนแห่งการเรียนรู้ทางวิชาชีพ"); // its own project
        // Only the targets of its own year: 2569 from the base (G1-1: 88), and its own over the base's (G2-1: 87, not 85).
        assertThat(md).contains("| ร้อยละของนักเรียนชั้นประถมศึกษาปีที่ 1–3 ที่อ่านออกเขียนได้ | ร้อยละ | 82.40 (2567) | 88 |")
                .contains("| ร้อยละของครูที่ผ่านการพัฒนาตามแผนพัฒนาตนเอง | ร้อยละ | - | 87 |")
                .doesNotContain("เป้าหมาย 2570");
        String html = Files.readString(out.resolve(ACTION + ".html"));
        assertThat(html).contains(BASE_TITLE, "ใช้ระบบสารสนเทศในการติดตามและรายงานผล", "จำนวนนักเรียนที่ยืมหนังสือจากห้องสมุดต่อสัปดาห์");
        // The development plan itself is untouched by what its action plan adds.
        String base = Files.readString(out.resolve("development-plan.md"));
        assertThat(base).doesNotContain("จำนวนนักเรียนที่ยืมหนังสือ").contains("เป้าหมาย 2571");
    }

    @Test
    void aChangedBaseRendersEveryPlanBuiltOnItAndAChangedActionPlanOnlyItself() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        try (Stream<Path> files = Files.list(YEARLY)) {
            for (Path f : files.toList()) {
                Files.copy(f, src.resolve(f.getFileName()));
                Files.setLastModifiedTime(src.resolve(f.getFileName()),
                        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
            }
        }
        Path out = dir.resolve("site");
        assertThat(build(src, out)).contains("rendered 2 plan(s)");
        assertThat(build(src, out)).contains("rendered 0 plan(s)");

        edit(src.resolve("development-plan.plan.yaml"), "ใช้ระบบสารสนเทศในการติดตามและรายงานผล",
                "ใช้ระบบสารสนเทศในการติดตามและรายงานผลทุกภาคเรียน");
        assertThat(build(src, out)).contains("rendered 2 plan(s)");
        assertThat(Files.readString(out.resolve(ACTION + ".md"))).contains("ใช้ระบบสารสนเทศในการติดตามและรายงานผลทุกภาคเรียน");

        edit(src.resolve(ACTION + ".plan.yaml"), "budget: 25000", "budget: 26000");
        assertThat(build(src, out)).contains("rendered 1 plan(s)");
        assertThat(Files.readString(out.resolve("development-plan.md"))).doesNotContain("26,000");
        assertThat(Files.readString(out.resolve(ACTION + ".md"))).contains("26,000");
    }

    @Test
    void diffComparesPlansAsTheyReadAnInheritedChangeShowsAsChanged() throws IOException {
        Path before = Files.createDirectories(dir.resolve("before"));
        Path after = Files.createDirectories(dir.resolve("after"));
        try (Stream<Path> files = Files.list(YEARLY)) {
            for (Path f : files.toList()) {
                Files.copy(f, before.resolve(f.getFileName()));
                Files.copy(f, after.resolve(f.getFileName()));
            }
        }
        edit(after.resolve("development-plan.plan.yaml"), "title: พัฒนาครูและระบบบริหารจัดการสถานศึกษา",
                "title: พัฒนาครูและระบบบริหารจัดการสถานศึกษาให้ทันสมัย");
        Cli.Result folders = Cli.run("diff", before.toString(), after.toString(), "--format", "json");
        assertThat(folders.exitCode()).as(folders.err()).isZero();
        assertThat(folders.out()).containsPattern("\"plan\": \"action-plan-2569\", \"id\": \"S2\", \"what\": \"title\".*"
                + "\"file\": \"[^\"]*action-plan-2569.plan.yaml\", \"line\": 6}");
        assertThat(folders.out()).containsPattern("\"plan\": \"development-plan\", \"id\": \"S2\", \"what\": \"title\"");

        // Two files: the base is found beside each of them.
        Cli.Result files = Cli.run("diff", before.resolve(ACTION + ".plan.yaml").toString(),
                after.resolve(ACTION + ".plan.yaml").toString(), "--exit-code");
        assertThat(files.exitCode()).as(files.out() + files.err()).isEqualTo(1);
        assertThat(files.out()).contains("S2 title").contains("ให้ทันสมัย");
    }

    private static String build(Path src, Path out) {
        Cli.Result r = Cli.run("build", src.toString(), "--out", out.toString(), "--format", "md,html");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        return r.out() + r.err();
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    /** Two plans each naming the other as its base: a file's findings, the cycle's (not waivable) among them, in the order of its lines. */
    @Test
    void theFindingsOfABaseCycleAreListedInTheOrderOfTheLines() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("cycle"));
        Files.copy(YEARLY.resolve(ACTION + ".plan.yaml"), folder.resolve(ACTION + ".plan.yaml"));
        Files.writeString(folder.resolve("development-plan.plan.yaml"), Files.readString(YEARLY.resolve("development-plan.plan.yaml"))
                .replace("id: development-plan\n", "id: development-plan\nbase: " + ACTION + "\n"));
        Cli.Result r = Cli.run("check", "--lang", "en", "--color", "never", folder.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        for (String file : new String[] {"development-plan.plan.yaml"}) { // the cycle (line 6) and what it inherits
            java.util.regex.Matcher at = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(file) + ":(\\d+):(\\d+): ")
                    .matcher(r.out());
            List<int[]> positions = new java.util.ArrayList<>();
            while (at.find()) {
                positions.add(new int[] {Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2))});
            }
            assertThat(positions).as(file + " in\n" + r.out()).hasSizeGreaterThan(1);
            for (int i = 1; i < positions.size(); i++) {
                int[] before = positions.get(i - 1);
                int[] now = positions.get(i);
                assertThat(before[0] < now[0] || before[0] == now[0] && before[1] <= now[1])
                        .as(file + ": " + before[0] + ":" + before[1] + " before " + now[0] + ":" + now[1] + " in\n" + r.out()).isTrue();
            }
        }
    }
}
