package plan.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.app.PlanDiffer;
import plan.testing.Cli;
import plan.testing.ExternalTool;
import plan.testing.Golden;

/** {@code plan diff} as a user runs it: outputs, exit codes, git revisions, folders, bad input. */
class DiffCommandTest {
    private static final String OLD = "examples/action-plan.plan.yaml";
    private static final String NEW = "src/test/resources/plan/diff/action-plan-revised.plan.yaml";

    @TempDir
    Path tmp;

    @Test
    void markdownOfARealisticRevisionReadsAsTheGoldenFile() throws IOException {
        for (String lang : List.of("en", "th")) {
            Cli.Result r = Cli.run("diff", "--lang", lang, "--format", "markdown", OLD, NEW);
            assertThat(r.exitCode()).isZero();
            Golden.assertMatches(Path.of("src/test/resources/plan/diff/action-plan." + lang + ".md"), r.out());
        }
    }

    @Test
    void jsonIsTheContract() {
        Cli.Result r = Cli.run("diff", "--format", "json", OLD, NEW);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("[\n").contains(
                "{\"kind\": \"changed\", \"plan\": \"action-plan\", \"id\": \"G1-1\", \"what\": \"target\", \"key\": \"2568\", \"old\": \"90\", \"new\": \"85\", \"file\": \"" + NEW + "\", \"line\": 37}",
                "\"id\": \"P2\", \"what\": \"budget\", \"old\": \"25,000\", \"new\": \"20,000\", \"delta\": -5000");
        assertThat(Cli.run("diff", "--format", "json", OLD, OLD).out()).isEqualTo("[]\n");
    }

    @Test
    void githubAnnotatesTheLinesOfNew() {
        Cli.Result r = Cli.run("diff", "--lang", "en", "--format", "github", OLD, NEW);
        assertThat(r.out().lines()).hasSize(6)
                .contains("::notice file=" + NEW + ",line=37,title=plan diff::G1-1 target 2568 (changed): 90 → 85");
    }

    @Test
    void textMarksReworkedWordsOffATerminal() {
        Cli.Result r = Cli.run("diff", "--lang", "en", OLD, NEW);
        assertThat(r.out()).contains("  ~ S2 title: [-ส่งเสริม-]{+ปลูกฝัง+}คุณธรรม").doesNotContain("\u001b")
                .endsWith("6 changed\n");
    }

    /**
     * The marks of a reworded text, as the text output prints them off a terminal, are explained
     * where a reader of diff looks: the Thai guide's section on it, and usage.md's.
     */
    @Test
    void theGuideAndUsageExplainTheMarksOfAReworkedText() throws IOException {
        for (String[] doc : List.of(new String[] {"docs/guide.th.md", "## เทียบสองรุ่นของแผน", "th"},
                new String[] {"docs/usage.md", "## What changed in a revised plan", "en"})) {
            String line = Cli.run("diff", "--lang", doc[2], OLD, NEW).out().lines().filter(l -> l.contains("[-"))
                    .findFirst().orElseThrow();
            assertThat(line).contains("[-ส่งเสริม-]{+ปลูกฝัง+}");
            String text = Files.readString(Path.of(doc[0]));
            int start = text.indexOf(doc[1]);
            assertThat(start).as(doc[0]).isNotNegative();
            int end = text.indexOf("\n## ", start + 1);
            String section = text.substring(start, end < 0 ? text.length() : end);
            assertThat(section).as(doc[0]).contains("`[-").contains("`{+").contains(line.strip());
        }
    }

    @Test
    void exitCodeSaysWhetherAnythingChangedOnlyWhenAsked() {
        assertThat(Cli.run("diff", OLD, NEW).exitCode()).isZero();
        assertThat(Cli.run("diff", "--exit-code", OLD, NEW).exitCode()).isEqualTo(1);
        assertThat(Cli.run("diff", "--exit-code", OLD, OLD).exitCode()).isZero();
    }

    /** Issue 27, item 10: the markdown dropped the spaces beside changed words and glued adjacent changes. */
    @Test
    void markdownKeepsTheSpacesBesideChangedWordsAndJoinsAdjacentChanges() throws IOException {
        String plan = Files.readString(Path.of(OLD));
        String vision = plan.lines().filter(l -> l.startsWith("vision:")).findFirst().orElseThrow();
        Path a = Files.writeString(tmp.resolve("a.plan.yaml"), plan.replace(vision, "vision: alpha beta gamma delta epsilon zeta eta theta"));
        Path b = Files.writeString(tmp.resolve("b.plan.yaml"), plan.replace(vision, "vision: alpha BETA gamma delta epsilon zeta eta theta"));
        Cli.Result r = Cli.run("diff", "--lang", "en", "--format", "markdown", a.toString(), b.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("alpha ~~beta~~ gamma").contains("alpha **BETA** gamma");

        Path c = Files.writeString(tmp.resolve("c.plan.yaml"), plan.replace(vision, "vision: alpha ONE TWO delta epsilon zeta eta theta"));
        Cli.Result two = Cli.run("diff", "--lang", "en", "--format", "markdown", a.toString(), c.toString());
        assertThat(two.out()).contains("alpha ~~beta~~ ~~gamma~~ delta").contains("alpha **ONE** **TWO** delta");
        // Thai words touch: changed words side by side are one run of markup, not "~~a~~~~b~~".
        Path th = Files.writeString(tmp.resolve("th.plan.yaml"), plan.replace(vision, "vision: ส่งเสริมคุณธรรมจริยธรรมของนักเรียนทุกคน"));
        Path th2 = Files.writeString(tmp.resolve("th2.plan.yaml"), plan.replace(vision, "vision: ปลูกฝังความซื่อสัตย์ของนักเรียนทุกคน"));
        Cli.Result thai = Cli.run("diff", "--format", "markdown", th.toString(), th2.toString());
        assertThat(thai.out()).contains("ของนักเรียนทุกคน").doesNotContain("~~~~").doesNotContain("****");
    }

    /** Issue 27, item 11: a second plan with the same id in a folder was ignored, its changes unreported. */
    @Test
    void aSecondPlanWithTheSameIdInAFolderIsReportedAndTheRestCompared() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.copy(Path.of(OLD), a.resolve("one.plan.yaml"));
        Files.copy(Path.of(OLD), b.resolve("one.plan.yaml"));
        Files.copy(Path.of(NEW), b.resolve("two.plan.yaml")); // the same id as one.plan.yaml, changed
        Files.copy(Path.of("examples/minimal.plan.yaml"), b.resolve("minimal.plan.yaml"));
        Cli.Result r = Cli.run("diff", "--lang", "en", "--exit-code", a.toString(), b.toString());
        assertThat(r.exitCode()).as("not \"no changes\"").isEqualTo(2);
        assertThat(r.err()).contains("two.plan.yaml:1:1: error[duplicate-id]").contains("action-plan");
        assertThat(r.out()).as("what could be compared is").contains("minimal");
        assertThat(Cli.run("diff", a.toString(), b.toString()).exitCode()).isEqualTo(1);
    }

    /** Issue 27, item 12: "changed" and "could not compare" both exited 1; JSON printed nothing on failure. */
    @Test
    void couldNotCompareIsNotChangedAndStaysJson() throws IOException {
        Path broken = Files.writeString(tmp.resolve("broken.plan.yaml"), "title: [unclosed\n");
        assertThat(Cli.run("diff", "--exit-code", OLD, NEW).exitCode()).isEqualTo(1);
        Cli.Result failed = Cli.run("diff", "--exit-code", "--format", "json", "--lang", "en", OLD, broken.toString());
        assertThat(failed.exitCode()).isEqualTo(2);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(failed.out());
        assertThat(json.get("error").asText()).contains("could not be read");
        assertThat(json.get("diagnostics").get(0).get("file").asText()).isEqualTo(broken.toString());
        assertThat(json.get("diagnostics").get(0).get("rule").asText()).isEqualTo("yaml-syntax");
    }

    @Test
    void aMissingFileIsAUsageError() {
        Cli.Result r = Cli.run("diff", OLD, "no/such.plan.yaml");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no/such.plan.yaml").doesNotContain("Exception");
    }

    @Test
    void aFileThatDoesNotParseGetsItsDiagnostic() throws IOException {
        Path broken = Files.writeString(tmp.resolve("broken.plan.yaml"), "title: [unclosed\n");
        Cli.Result r = Cli.run("diff", OLD, broken.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(broken + ":").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    /**
     * A revision git does not have, or a path its revision does not hold, is a file that is not
     * there: a usage error (2), as a missing file is, said in the reader's language; never git's
     * English words passed on as a syntax error of the plan.
     */
    @Test
    void anUnknownRevisionOrPathIsAUsageErrorInTheReadersLanguage() {
        Cli.Result th = Cli.run("diff", "--lang", "th", "no-such-revision:" + OLD, OLD);
        assertThat(th.exitCode()).isEqualTo(2);
        assertThat(th.err()).contains("no-such-revision:" + OLD).contains("ไม่").doesNotContain("fatal")
                .doesNotContain("yaml-syntax").doesNotContain("Exception");
        Cli.Result en = Cli.run("diff", "--lang", "en", "HEAD:no/such.plan.yaml", OLD);
        assertThat(en.exitCode()).isEqualTo(2);
        assertThat(en.err()).contains("HEAD:no/such.plan.yaml").doesNotContain("fatal").doesNotContain("does not exist in")
                .doesNotContain("yaml-syntax").doesNotContain("Exception");
        assertThat(Cli.run("diff", "--exit-code", "HEAD:no/such.plan.yaml", OLD).exitCode()).isEqualTo(2);
    }

    /**
     * Without --exit-code: 0 compared, 1 a version with errors, 2 a usage error (a file or revision
     * that is not there, a file that is not a plan), as the exit-code table of docs/format.md has
     * it; and --help says so in both languages.
     */
    @Test
    @org.junit.jupiter.api.parallel.ResourceLock(org.junit.jupiter.api.parallel.Resources.LOCALE) // Thai help
    void exitCodesFollowTheTableAndTheHelpSaysThem() throws IOException {
        Path broken = Files.writeString(tmp.resolve("broken.plan.yaml"), "title: [unclosed\n");
        assertThat(Cli.run("diff", OLD, NEW).exitCode()).isZero();
        assertThat(Cli.run("diff", OLD, broken.toString()).exitCode()).isEqualTo(1);
        assertThat(Cli.run("diff", OLD, "no/such.plan.yaml").exitCode()).isEqualTo(2);
        assertThat(Cli.run("diff", "examples/action-plan-q2.results.yaml", OLD).exitCode()).isEqualTo(2);
        assertThat(Cli.run("diff", "HEAD:no/such.plan.yaml", OLD).exitCode()).isEqualTo(2);

        String en = Cli.run("diff", "--lang", "en", "--help").out().replaceAll("\\s+", "");
        assertThat(en).contains("Exit1whenanythingchanged,2whentheversionscouldnotbecompared")
                .contains("0whateverchanged,1whenaversionhaserrors,2whenafile,folderorrevisionisnotthereorisnotaplan")
                .doesNotContain("1whentheycouldnotbecompared");
        String th = Cli.run("diff", "--lang", "th", "--help").out().replaceAll("\\s+", "");
        assertThat(th).contains("จบด้วย0ไม่ว่าจะเปลี่ยนหรือไม่1เมื่อแผนรุ่นใดมีข้อผิดพลาดและ2เมื่อไม่มีไฟล์โฟลเดอร์หรือรุ่นที่ระบุหรือไม่ใช่ไฟล์แผน")
                .doesNotContain("และ1เมื่อเทียบไม่ได้");
    }

    @Test
    void revisionsAreReadFromGitWithoutACheckout() throws Exception {
        git("init", "-q");
        git("config", "user.email", "t@example.org");
        git("config", "user.name", "t");
        Files.copy(Path.of(OLD), tmp.resolve("plan.plan.yaml"));
        git("add", ".");
        git("commit", "-q", "-m", "v1");
        Files.copy(Path.of(NEW), tmp.resolve("plan.plan.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        git("commit", "-q", "-am", "v2");
        Files.writeString(tmp.resolve("plan.plan.yaml"), "work tree: not read\n");

        PlanDiffer.Result r = new PlanDiffer(tmp).diff("HEAD~1:plan.plan.yaml", "HEAD:plan.plan.yaml");
        assertThat(r.failed()).isFalse();
        assertThat(DiffPartsTest.describe(r.changes())).contains("changed G1-1 target 2568 | 90 | 85");
        // annotations name the file by its path in the repository
        assertThat(r.changes()).allSatisfy(c -> assertThat(c.file()).isEqualTo("plan.plan.yaml"));
        assertThat(Files.readString(tmp.resolve("plan.plan.yaml"))).isEqualTo("work tree: not read\n");
    }

    /** Issue 27, item 1: the command line passed an empty working folder to git, so REV:PATH never worked. */
    @Tag("slow") // three new JVMs
    @Test
    void revPathWorksFromTheCommandLineInARepositoryAndInASubfolderOfIt() throws Exception {
        Path sub = Files.createDirectories(tmp.resolve("plans"));
        git("init", "-q");
        git("config", "user.email", "t@example.org");
        git("config", "user.name", "t");
        Files.copy(Path.of(OLD), tmp.resolve("a.plan.yaml"));
        Files.copy(Path.of(OLD), sub.resolve("a.plan.yaml"));
        git("add", ".");
        git("commit", "-q", "-m", "v1");
        Files.copy(Path.of(NEW), tmp.resolve("a.plan.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of(NEW), sub.resolve("a.plan.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        for (Path here : List.of(tmp, sub)) {
            ExternalTool.Result r = Cli.inNewJvmAt(here, List.of(), "diff", "--format", "json", "HEAD:a.plan.yaml", "a.plan.yaml");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("\"id\": \"G1-1\", \"what\": \"target\", \"key\": \"2568\", \"old\": \"90\", \"new\": \"85\", \"file\": \"a.plan.yaml\"");
        }
        // As git reads it: PATH from the top of the repository, ./PATH and ../PATH from the current folder.
        ExternalTool.Result up = Cli.inNewJvmAt(sub, List.of(), "diff", "--exit-code", "HEAD:./a.plan.yaml", "HEAD:plans/a.plan.yaml");
        assertThat(up.exit()).as(up.err()).isZero();
        // A revision is never an option of git's.
        ExternalTool.Result option = Cli.inNewJvmAt(tmp, List.of(), "diff", "--", "--output=/tmp/x:a.plan.yaml", "a.plan.yaml");
        assertThat(option.exit()).isEqualTo(2);
        assertThat(option.err()).contains("REV:PATH").doesNotContain("Exception");
    }

    /** Issue 28: a plan read from a revision is compared with its base as it was at that revision. */
    @Test
    void aPlanAtARevisionIsComparedWithItsBaseAtThatRevision() throws Exception {
        Path plans = Files.createDirectories(tmp.resolve("plans"));
        String action = "action-plan-2569.plan.yaml";
        Path base = plans.resolve("development-plan.plan.yaml");
        Files.copy(Path.of("examples/yearly", action), plans.resolve(action));
        Files.copy(Path.of("examples/yearly/development-plan.plan.yaml"), base);
        git("init", "-q");
        git("config", "user.email", "t@example.org");
        git("config", "user.name", "t");
        git("add", ".");
        git("commit", "-q", "-m", "v1");
        String title = "title: พัฒนาครูและระบบบริหารจัดการสถานศึกษา\n";
        Files.writeString(base, Files.readString(base).replace(title, "title: พัฒนาครูและระบบบริหารจัดการให้ทันสมัย\n"));
        git("commit", "-q", "-am", "v2");
        // The working tree says something else again: neither revision reads it.
        Files.writeString(base, Files.readString(base).replace("ให้ทันสมัย", "ฉบับร่างในเครื่อง"));

        ExternalTool.Result r = Cli.inNewJvmAt(tmp, List.of(), "diff", "--lang", "en", "--format", "json", "--exit-code",
                "HEAD~1:plans/" + action, "HEAD:plans/" + action);
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        // The inherited strategy's title changed in the base between the revisions: a change of the action plan.
        assertThat(r.out()).contains("\"plan\": \"action-plan-2569\", \"id\": \"S2\", \"what\": \"title\"")
                .contains("ให้ทันสมัย").doesNotContain("ฉบับร่างในเครื่อง");
        assertThat(r.err()).doesNotContain("working tree");
        // Both revisions the same: no change, though the working tree's base differs.
        ExternalTool.Result same = Cli.inNewJvmAt(tmp, List.of(), "diff", "--exit-code",
                "HEAD:plans/" + action, "HEAD:plans/" + action);
        assertThat(same.exit()).as(same.err()).isZero();
    }

    /**
     * A school's action plan (no id: the file name gives it) with {@code base: dev} beside it in
     * plans/, committed; then dev's goal and a target edited in the working tree. The forms git
     * accepts read the committed plan with the committed dev, from the top and from plans/.
     */
    @Tag("slow") // a new JVM for each form
    @Test
    void revPathIsReadAsGitReadsItWithTheBaseOfThatRevisionFromTheTopAndASubfolder() throws Exception {
        Path plans = committedActionPlanWithItsBase(tmp.resolve("plans"));
        Map<Path, List<String>> forms = Map.of(
                plans, List.of("HEAD:./ap.plan.yaml", "HEAD:plans/ap.plan.yaml", "HEAD:../plans/ap.plan.yaml"),
                tmp, List.of("HEAD:plans/ap.plan.yaml", "HEAD:./plans/ap.plan.yaml"));
        forms.forEach((here, revs) -> revs.forEach(rev -> {
            String now = here.equals(tmp) ? "plans/ap.plan.yaml" : "ap.plan.yaml";
            ExternalTool.Result r = Cli.inNewJvmAt(here, List.of(), "diff", "--lang", "en", "--format", "json", "--exit-code", rev, now);
            assertThat(r.exit()).as(here + " " + rev + ": " + r.out() + r.err()).isEqualTo(1);
            assertThat(r.out()).as(rev).contains("\"plan\": \"ap\", \"id\": \"G1\", \"what\": \"text\"")
                    .contains("\"id\": \"G1-1\", \"what\": \"target\", \"key\": \"2569\", \"old\": \"88\", \"new\": \"89\"");
            assertThat(r.err()).as(rev).doesNotContain("working tree").doesNotContain("Exception");
        }));
        // A path alone is read from the top, as git reads it: from plans/ there is no ap.plan.yaml at the top.
        ExternalTool.Result top = Cli.inNewJvmAt(plans, List.of("env", "-u", "PLAN_LANG", "-u", "LC_ALL", "-u", "LC_MESSAGES", "-u", "LANG"),
                "diff", "HEAD:ap.plan.yaml", "ap.plan.yaml");
        assertThat(top.exit()).as(top.err()).isEqualTo(2);
        assertThat(top.err()).as("Thai by default").contains("HEAD:ap.plan.yaml").contains("HEAD:./ap.plan.yaml")
                .contains("ไม่มีไฟล์").doesNotContain("fatal").doesNotContain("does not exist").doesNotContain("yaml-syntax");
        // No such file here either: no advice to write it another way.
        ExternalTool.Result none = Cli.inNewJvmAt(plans, List.of(), "diff", "--lang", "en", "HEAD:plans/none.plan.yaml", "ap.plan.yaml");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("HEAD:plans/none.plan.yaml: revision HEAD has no file plans/none.plan.yaml")
                .doesNotContain("HEAD:./");
        ExternalTool.Result noRev = Cli.inNewJvmAt(plans, List.of(), "diff", "--lang", "en", "no-such-rev:./ap.plan.yaml", "ap.plan.yaml");
        assertThat(noRev.exit()).isEqualTo(2);
        assertThat(noRev.err()).contains("no-such-rev").contains("no revision").doesNotContain("fatal");
    }

    /** A plan at the top of the repository, its base beside it: REV:FILE names no folder, and the id is FILE's. */
    @Tag("slow") // new JVMs
    @Test
    void aPlanAtTheTopIsReadFromTheTopAndItsIdIsItsFileName() throws Exception {
        committedActionPlanWithItsBase(tmp);
        Path sub = Files.createDirectories(tmp.resolve("sub"));
        for (List<String> run : List.of(List.of("HEAD:ap.plan.yaml", "ap.plan.yaml"), List.of("HEAD:./ap.plan.yaml", "ap.plan.yaml"),
                List.of("HEAD:ap.plan.yaml", "sub/../ap.plan.yaml", "sub"), List.of("HEAD:../ap.plan.yaml", "../ap.plan.yaml", "sub"))) {
            Path here = run.size() > 2 ? sub : tmp;
            String now = run.size() > 2 ? "../ap.plan.yaml" : run.get(1);
            ExternalTool.Result r = Cli.inNewJvmAt(here, List.of(), "diff", "--lang", "en", "--format", "json", "--exit-code", run.get(0), now);
            assertThat(r.exit()).as(run + ": " + r.out() + r.err()).isEqualTo(1);
            assertThat(r.out()).as(run.toString()).contains("\"plan\": \"ap\", \"id\": \"G1\", \"what\": \"text\"");
            assertThat(r.err()).as(run.toString()).doesNotContain("working tree").doesNotContain("HEAD:ap");
        }
        // Outside any repository: said so, a usage error.
        Path elsewhere = Files.createDirectories(tmp.resolveSibling(tmp.getFileName() + "-not-a-repository"));
        try {
            ExternalTool.Result r = Cli.inNewJvmAt(elsewhere, List.of("env", "GIT_CEILING_DIRECTORIES=" + elsewhere.getParent()),
                    "diff", "--lang", "en", "HEAD:ap.plan.yaml", tmp.resolve("ap.plan.yaml").toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("HEAD:ap.plan.yaml").contains("git repository").doesNotContain("fatal");
        } finally {
            Files.delete(elsewhere);
        }
    }

    /**
     * In {@code folder} (made): ap.plan.yaml, the yearly example's action plan without its id and
     * with {@code base: dev}, and dev.plan.yaml, the development plan without its id; committed,
     * then dev's goal G1 reworded and its target of G1-1 for 2569 raised in the working tree.
     */
    private Path committedActionPlanWithItsBase(Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("ap.plan.yaml"), Files.readString(Path.of("examples/yearly/action-plan-2569.plan.yaml"))
                .replace("id: action-plan-2569\n", "").replace("base: development-plan\n", "base: dev\n"));
        Path dev = folder.resolve("dev.plan.yaml");
        Files.writeString(dev, Files.readString(Path.of("examples/yearly/development-plan.plan.yaml")).replace("id: development-plan\n", ""));
        git("init", "-q");
        git("config", "user.email", "t@example.org");
        git("config", "user.name", "t");
        git("add", ".");
        git("commit", "-q", "-m", "v1");
        String goal = "ผู้เรียนอ่านออก เขียนได้ คิดคำนวณเป็น และมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น";
        String targets = "targets: {2568: 85, 2569: 88, 2570: 91, 2571: 94}";
        String text = Files.readString(dev);
        assertThat(text).contains(goal, targets);
        Files.writeString(dev, text.replace(goal, "ผู้เรียนอ่านออก เขียนได้ และคิดวิเคราะห์เป็น").replace(targets, "targets: {2568: 85, 2569: 89, 2570: 91, 2571: 94}"));
        return folder;
    }

    @Test
    void aRevisionWithoutTheBaseReadsItFromTheWorkingTreeAndSaysSo() throws Exception {
        String action = "action-plan-2569.plan.yaml";
        Files.copy(Path.of("examples/yearly", action), tmp.resolve(action));
        git("init", "-q");
        git("config", "user.email", "t@example.org");
        git("config", "user.name", "t");
        git("add", ".");
        git("commit", "-q", "-m", "the action plan alone");
        Files.copy(Path.of("examples/yearly/development-plan.plan.yaml"), tmp.resolve("development-plan.plan.yaml"));

        for (String lang : List.of("en", "th")) {
            ExternalTool.Result r = Cli.inNewJvmAt(tmp, List.of(), "diff", "--lang", lang, "--exit-code",
                    "HEAD:" + action, action);
            // Compared resolved (no "base must be given", no unknown inherited ids) and unchanged.
            assertThat(r.exit()).as(r.out() + r.err()).isZero();
            assertThat(r.err()).contains(lang.equals("en") ? "read from the working tree" : "อ่านแผนฐานจากไฟล์ปัจจุบัน")
                    .contains("development-plan").doesNotContain("Exception");
        }
    }

    @Test
    void aFolderAtARevisionIsSaidToBeOneNotToBeMissing() throws Exception {
        Files.createDirectories(tmp.resolve("plans"));
        Files.copy(Path.of("examples/yearly/development-plan.plan.yaml"), tmp.resolve("plans/development-plan.plan.yaml"));
        git("init", "-q");
        git("config", "user.email", "t@example.org");
        git("config", "user.name", "t");
        git("add", ".");
        git("commit", "-q", "-m", "v1");
        for (String folder : List.of("HEAD:plans", "HEAD:plans/")) {
            assertThatThrownBy(() -> new PlanDiffer(tmp).diff(folder, "plans"))
                    .isInstanceOf(plan.app.check.UsageException.class)
                    .hasMessageContaining("is a folder: compare a revision one plan file at a time");
        }
    }

    /** Compared without its base, everything an action plan inherits would read as removed, and the diff end 0. */
    @Test
    void aBaseFoundNowhereIsTheVersionsErrorNotAListOfRemovals() throws Exception {
        Files.createDirectories(tmp.resolve("plans"));
        String action = "plans/action-plan-2569.plan.yaml";
        Files.copy(Path.of("examples/yearly/action-plan-2569.plan.yaml"), tmp.resolve(action));
        Files.copy(Path.of("examples/yearly/development-plan.plan.yaml"), tmp.resolve("plans/development-plan.plan.yaml"));
        git("init", "-q");
        git("config", "user.email", "t@example.org");
        git("config", "user.name", "t");
        git("add", ".");
        git("commit", "-q", "-m", "v1");
        Files.createDirectories(tmp.resolve("base"));
        Files.move(tmp.resolve("plans/development-plan.plan.yaml"), tmp.resolve("base/development-plan.plan.yaml"));
        PlanDiffer.Result r = new PlanDiffer(tmp).diff("HEAD:" + action, action);
        assertThat(r.failed()).isTrue();
        assertThat(r.diagnostics()).extracting(d -> d.rule()).contains("unresolved-ref");
        assertThat(r.changes()).isEmpty();
    }

    @Test
    void foldersPairPlansByIdAndReportAddedAndRemovedPlans() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b/nested"));
        Files.copy(Path.of(OLD), a.resolve("action-plan.plan.yaml"));
        Files.copy(Path.of("examples/minimal.plan.yaml"), a.resolve("minimal.plan.yaml"));
        // renamed file, same id: still the same plan
        Files.copy(Path.of(NEW), b.resolve("renamed.plan.yaml"));
        Files.writeString(b.resolve("renamed.plan.yaml"), Files.readString(b.resolve("renamed.plan.yaml")));
        Files.copy(Path.of("examples/full.plan.yaml"), b.resolve("full.plan.yaml"));

        PlanDiffer.Result r = new PlanDiffer(tmp).diff("a", "b");
        List<String> changes = DiffPartsTest.describe(r.changes());
        assertThat(changes).contains("removed minimal plan | แผนพัฒนาการศึกษา โรงเรียนบ้านตัวอย่าง | null", "added full-example plan | null | แผนปฏิบัติราชการ ระยะ 4 ปี",
                "changed G1-1 target 2568 | 90 | 85");
        assertThat(Cli.run("diff", "--exit-code", tmp.resolve("a").toString(), tmp.resolve("a").toString()).exitCode()).isZero();
        assertThat(Cli.run("diff", tmp.resolve("a").toString(), OLD).exitCode()).isEqualTo(2);
    }

    /** A folder of the yearly cycle holds results files, and one of a cascade a framework: neither is a plan to compare. */
    @Test
    void foldersCompareTheirPlansBesideResultsAndFrameworkFiles() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        for (Path side : List.of(a, b)) {
            Files.copy(Path.of(OLD), side.resolve("action-plan.plan.yaml"));
            Files.copy(Path.of("examples/action-plan-q2.results.yaml"), side.resolve("action-plan-q2.results.yaml"));
            Files.copy(Path.of("examples/cascade/obec-2568.framework.yaml"), side.resolve("obec-2568.framework.yaml"));
        }
        Files.writeString(b.resolve("action-plan-q2.results.yaml"),
                Files.readString(b.resolve("action-plan-q2.results.yaml")).replace("value: 126", "value: 127"));
        Files.copy(Path.of(NEW), b.resolve("action-plan.plan.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Cli.Result r = Cli.run("diff", "--lang", "en", "--exit-code", a.toString(), b.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("G1-1 target 2568").endsWith("6 changed\n");
        assertThat(Cli.run("diff", "--exit-code", a.toString(), a.toString()).exitCode()).isZero();
    }

    /** Two results files were read as plans: a screen of unknown-key and missing-key errors about plan keys. */
    @Test
    void aResultsOrFrameworkFileIsAUsageErrorNotAPlanFullOfErrors() {
        for (String lang : List.of("en", "th")) {
            Cli.Result r = Cli.run("diff", "--lang", lang, "examples/action-plan-q2.results.yaml",
                    "examples/action-plan-year-end.results.yaml");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("examples/action-plan-q2.results.yaml").contains("*.plan.yaml")
                    .doesNotContain("unknown-key").doesNotContain("missing-key").doesNotContain("Exception");
        }
        Cli.Result framework = Cli.run("diff", "--lang", "en", "examples/cascade/obec-2568.framework.yaml",
                "examples/cascade/obec-2568.framework.yaml");
        assertThat(framework.exitCode()).isEqualTo(2);
        assertThat(framework.err()).contains("is not a plan").doesNotContain("not a plan\n  |");
    }

    private void git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }
}
