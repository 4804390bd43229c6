package plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import plan.testing.Cli;
import plan.testing.ExternalTool;

/** {@code plan check} as users and CI call it: exit codes, output formats, languages. */
// Thai help is wrapped with the JVM's default locale set to Thai while it prints (HelpWords):
// tests that print help take the locale's lock, so none sees another's Thai locale.
@org.junit.jupiter.api.parallel.ResourceLock(org.junit.jupiter.api.parallel.Resources.LOCALE)
class CheckCommandTest {
    static final String BROKEN = "examples/broken.plan.yaml";
    static final String MINIMAL = "examples/minimal.plan.yaml";

    @TempDir
    Path dir;

    @Test
    void validPlansExitZero() {
        Cli.Result r = Cli.run("check", "--lang", "en", MINIMAL, "examples/full.plan.yaml", "examples/action-plan.plan.yaml");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("no problems in 3 file(s)");
    }

    /** A budget's category (or source) named "" is no name: an empty-text error at its line, not "category unspecified". */
    @Test
    void aBlankBudgetCategoryIsAnEmptyTextError() throws IOException {
        String plan = Files.readString(Path.of("examples/action-plan.plan.yaml"));
        assertThat(plan.lines().toList().get(105)).isEqualTo("        ค่าตอบแทน: 6000");
        Path file = dir.resolve("blank-category.plan.yaml");
        Files.writeString(file, plan.replace("        ค่าตอบแทน: 6000\n", "        \"\": 6000\n"));
        Cli.Result r = Cli.run("check", "--lang", "en", "--color", "never", file.toString());
        assertThat(r.exitCode()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).contains(file + ":106:9: error[empty-text]: `projects.budget.categories` is blank");
        assertThat(Cli.run("check", "--lang", "th", "--color", "never", file.toString()).out())
                .contains(":106:9: error[empty-text]: `projects.budget.categories` ว่างเปล่า");
    }

    @Test
    void brokenPlanExitsOneWithTheContractsFirstLine() {
        Cli.Result r = Cli.run("check", "--lang", "en", "--color", "never", BROKEN);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).containsPattern("(?m)^examples/broken\\.plan\\.yaml:7:1: error\\[unknown-key\\]: unknown key `organisation`$");
        assertThat(r.out()).contains("= hint: did you mean `organization`?");
        assertThat(r.out()).doesNotContain("\u001b[");
    }

    @Test
    void everyRuleFiresInTheBrokenExample() {
        // The rules of results files fire in the broken results, which report on the action plan.
        Cli.Result r = Cli.run("check", "--lang", "en", BROKEN, "examples/broken.results.yaml",
                "examples/action-plan.plan.yaml");
        // The rules of a plan with a base need its base beside it: see src/test/resources/rules/base-*.
        java.util.Set<String> withBase = java.util.Set.of(plan.diag.Rule.BASE_PERIOD.id(), plan.diag.Rule.BASE_INHERITED.id());
        for (String rule : plan.diag.Rule.ids()) {
            if (withBase.contains(rule)) {
                continue;
            }
            if (rule.equals("file-ref")) {
                continue; // a logo needs an organization, which the example misspells (its unknown-key); see rules/file-ref*
            }
            if (rule.equals("outline-parts")) {
                continue; // the example's outline is chapter names; an outline of parts breaks it in rules/outline-parts
            }
            assertThat(r.out()).as(rule).contains("[" + rule + "]: ");
        }
    }

    @Test
    void diagnosticsAreSortedByPosition() {
        Cli.Result r = Cli.run("check", "--lang", "en", BROKEN);
        int[] lines = r.out().lines().filter(l -> l.startsWith(BROKEN + ":"))
                .mapToInt(l -> Integer.parseInt(l.split(":")[1])).toArray();
        assertThat(lines).isSorted().hasSizeGreaterThan(10);
    }

    @Test
    void thaiMessagesOnRequest() {
        Cli.Result r = Cli.run("check", "--lang", "th", BROKEN);
        assertThat(r.out()).contains("ไม่รู้จักคีย์ `organisation`").contains("หมายถึง `organization` หรือไม่");
        assertThat(r.out()).contains("error[unknown-key]");
    }

    @Test
    void colourOnlyWhenAsked() {
        assertThat(Cli.run("check", "--color", "always", BROKEN).out()).contains("\u001b[");
        assertThat(Cli.run("check", BROKEN).out()).doesNotContain("\u001b[");
    }

    @Test
    void jsonIsAnArrayOfDiagnostics() throws IOException {
        Cli.Result r = Cli.run("check", "--format", "json", "--lang", "en", BROKEN);
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode array = new ObjectMapper().readTree(r.out());
        assertThat(array.isArray()).isTrue();
        JsonNode first = array.get(0);
        for (String field : new String[] {"file", "line", "column", "severity", "rule", "message"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("line").isInt()).isTrue();
        assertThat(Cli.run("check", "--format", "json", MINIMAL).out().strip()).isEqualTo("[]");
    }

    @Test
    void sarifIsVersion210WithLocations() throws IOException {
        Cli.Result r = Cli.run("check", "--format", "sarif", "--lang", "en", BROKEN);
        JsonNode log = new ObjectMapper().readTree(r.out());
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = log.get("runs").get(0);
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("plan");
        JsonNode result = run.get("results").get(0);
        assertThat(result.get("ruleId").asText()).isNotBlank();
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("examples/broken.plan.yaml");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
    }

    @Test
    void githubAnnotationsEscapeNewlines() {
        Cli.Result r = Cli.run("check", "--format", "github", "--lang", "en", BROKEN);
        assertThat(r.out()).containsPattern("(?m)^::error file=examples/broken\\.plan\\.yaml,line=7,col=1,title=unknown-key::unknown key `organisation`%0Adid you mean `organization`\\?$");
        assertThat(r.out()).containsPattern("(?m)^::warning file=.*title=thai-text::");
    }

    @Test
    void foldersAreSearchedForPlanFilesOnly() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.copy(Path.of(MINIMAL), dir.resolve("a/b/one.plan.yaml"));
        Files.copy(Path.of(MINIMAL), dir.resolve("a/two.plan.yml"));
        Files.writeString(dir.resolve("a/config.yaml"), "not: [a plan");
        Cli.Result r = Cli.run("check", "--lang", "en", dir.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("in 2 file(s)");
    }

    @Test
    void projectFileSetsSeverities() throws IOException {
        Files.copy(Path.of("src/test/resources/rules/strategy-has-guidelines.plan.yaml"), dir.resolve("p.plan.yaml"));
        Files.writeString(dir.resolve("plan.config.yaml"), "rules:\n  strategy-has-guidelines: warning\n");
        Cli.Result r = Cli.run("check", "--lang", "en", dir.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("warning[strategy-has-guidelines]");

        Files.writeString(dir.resolve("plan.config.yaml"), "rules:\n  strategy-has-guidelines: off\n");
        assertThat(Cli.run("check", dir.toString()).out()).doesNotContain("strategy-has-guidelines");
    }

    @Test
    void projectFileMayListThaiWords() throws IOException {
        Files.copy(Path.of(MINIMAL), dir.resolve("p.plan.yaml"));
        Files.writeString(dir.resolve("plan.config.yaml"), "words: [สัมฤทธิผล, รักษ์โลก]\n");
        assertThat(Cli.run("check", dir.toString()).exitCode()).isZero();

        Files.writeString(dir.resolve("plan.config.yaml"), "words: {a: b}\n");
        Cli.Result r = Cli.run("check", "--lang", "en", dir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("plan.config.yaml:1:8: error[wrong-type]");
    }

    @Test
    void brokenProjectFileIsAnError() throws IOException {
        Files.copy(Path.of(MINIMAL), dir.resolve("p.plan.yaml"));
        Files.writeString(dir.resolve("plan.config.yaml"), "rules:\n  thai-txt: error\n");
        Cli.Result r = Cli.run("check", "--lang", "en", dir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("plan.config.yaml:2:3: error[unknown-key]: unknown key `thai-txt`")
                .contains("did you mean `thai-text`?");
    }

    /** Ids that would take a generated chapter's anchor, or the site index's file name. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> reservedIds() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("sections:\n  - {id: vision, title: t, body: b}\n", 17, "vision"),
                org.junit.jupiter.params.provider.Arguments.of("sections:\n  - {id: matrix, title: t, body: b}\n", 17, "matrix"),
                org.junit.jupiter.params.provider.Arguments.of("sections:\n  - {id: toc-title, title: t, body: b}\n", 17, "toc-title"),
                org.junit.jupiter.params.provider.Arguments.of("id: index\n", 16, "index"),
                org.junit.jupiter.params.provider.Arguments.of("id: Index\n", 16, "Index"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("reservedIds")
    void generatedNamesAreReserved(String extra, int line, String id) throws IOException {
        Path file = dir.resolve("p.plan.yaml");
        Files.writeString(file, plan.testing.Plans.BASE + extra);
        Cli.Result r = Cli.run("check", "--lang", "en", "--color", "never", file.toString());
        assertThat(r.exitCode()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(file.toString()) + ":" + line
                + ":\\d+: error\\[duplicate-id\\]: .*`" + id + "`");
    }

    @Test
    void itemIdsThatAreChapterNamesAreReserved() throws IOException {
        Path file = dir.resolve("p.plan.yaml");
        Files.writeString(file, plan.testing.Plans.BASE.replace("{id: M1,", "{id: goals,").replace("missions: [M1]",
                "missions: [goals]"));
        Cli.Result r = Cli.run("check", "--lang", "en", "--color", "never", file.toString());
        assertThat(r.exitCode()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).containsPattern("(?m):7:\\d+: error\\[duplicate-id\\]: .*`goals`");
    }

    @Test
    void aFileNamedLikeAnOptionGetsTheDoubleDashHint() throws IOException {
        Cli.Result r = Cli.run("check", "-x.plan.yaml");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("plan check -- -x.plan.yaml");
    }

    @Test
    void aSymlinkLoopIsSkippedWithAWarning() throws IOException {
        Path plans = Files.createDirectories(dir.resolve("plans/sub"));
        Files.copy(Path.of(MINIMAL), dir.resolve("plans/a.plan.yaml"));
        Files.createSymbolicLink(plans.resolve("loop"), dir.resolve("plans"));
        Cli.Result r = Cli.run("check", "--lang", "en", dir.resolve("plans").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("in 1 file(s)");
        assertThat(r.err()).contains("warning").contains("loop");
    }

    @Test
    void usageErrorsExitTwo() {
        Cli.Result missing = Cli.run("check", "no/such/file.plan.yaml");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file or folder: no/such/file.plan.yaml");
        assertThat(Cli.run("check", "--bogus", MINIMAL).exitCode()).isEqualTo(2);
        assertThat(Cli.run("check").exitCode()).isEqualTo(2);
        assertThat(Cli.run("check", "--format", "xml", MINIMAL).exitCode()).isEqualTo(2);
        assertThat(Cli.run("frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void versionAndHelp() {
        Cli.Result version = Cli.run("--version");
        assertThat(version.exitCode()).isZero();
        // The release number of pom.xml and the commit the classes were built from (this checkout's).
        assertThat(version.out()).matches("plan \\d+\\.\\d+\\.\\d+ \\(commit [0-9a-f]{12}\\)\\R");
        assertThat(version.out()).contains(ExternalTool.run(Path.of("."), List.of("git", "rev-parse", "--short=12", "HEAD")).out().strip());
        Cli.Result help = Cli.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("check");
        assertThat(Cli.run("check", "--help").out()).contains("--format").contains("--lang");
    }

    @Command(name = "boom")
    static final class Boom implements Runnable {
        @CommandLine.Option(names = "--debug")
        boolean debug;

        @Override
        public void run() {
            throw new IllegalStateException("simulated bug");
        }
    }

    @Test
    void internalFailureIsOneLineAndExitThree() {
        for (boolean debug : new boolean[] {false, true}) {
            StringWriter err = new StringWriter();
            CommandLine cmd = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true));
            cmd.addSubcommand(new Boom());
            cmd.setErr(new PrintWriter(err, true)); // reach the subcommand added after construction
            int code = debug ? cmd.execute("boom", "--debug") : cmd.execute("boom");
            assertThat(code).isEqualTo(3);
            assertThat(err.toString()).startsWith("plan: internal error: java.lang.IllegalStateException: simulated bug");
            if (debug) {
                assertThat(err.toString()).contains("\tat ");
            } else {
                assertThat(err.toString().lines().count()).isEqualTo(1);
            }
        }
    }
}
