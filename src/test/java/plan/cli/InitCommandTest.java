package plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import plan.app.StarterPlan;
import plan.testing.Cli;

/** {@code plan init}: a starter that checks clean, never over an existing file. */
class InitCommandTest {
    @TempDir
    Path dir;

    /** An action plan: projects with indicators, budgets and activities, commented, checking clean in both languages. */
    @ParameterizedTest
    @ValueSource(strings = {"th", "en"})
    void anActionPlanStarterChecksCleanWithProjectsAndBudgets(String lang) throws IOException {
        Path file = dir.resolve("action-" + lang + ".plan.yaml");
        Cli.Result init = Cli.run("init", "--action-plan", "--lang", lang, file.toString(), "--period", "2568-2571");
        assertThat(init.exitCode()).as(init.err()).isZero();
        String text = Files.readString(file);
        assertThat(text).contains("projects:", "budget:", "total: 50000", "activities:", "indicators:", "targets: {2568: 90}");
        assertThat(text.lines().filter(l -> l.matches("\\s*(sources|quarters|activities|indicators|objectives):.*")))
                .hasSizeGreaterThanOrEqualTo(5).allMatch(l -> l.contains("#")); // each part explained where it is
        Cli.Result check = Cli.run("check", "--lang", "en", file.toString());
        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).contains("no problems in 1 file(s)");
        Path plain = dir.resolve("plain-" + lang + ".plan.yaml");
        assertThat(Cli.run("init", "--lang", lang, plain.toString(), "--period", "2568-2571").exitCode()).isZero();
        // The plain starter shows projects only as comments (its commented project form), never as keys.
        assertThat(Files.readString(plain).lines()).noneMatch(l -> l.startsWith("projects:"));
    }

    /** Without --period an action plan covers this one fiscal year, and is titled as one; a development plan spans several. */
    @Test
    void anActionPlanIsOneFiscalYearByDefault() throws IOException {
        int year = StarterPlan.fiscalYear(LocalDate.now());
        Path action = dir.resolve("action.plan.yaml");
        assertThat(Cli.run("init", "--action-plan", "--lang", "th", action.toString()).exitCode()).isZero();
        assertThat(Files.readString(action)).contains("title: แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. " + year)
                .contains("from: " + year + "\n").contains("to: " + year + "\n");
        Path development = dir.resolve("development.plan.yaml");
        assertThat(Cli.run("init", "--lang", "th", development.toString()).exitCode()).isZero();
        assertThat(Files.readString(development)).contains("to: " + (year + StarterPlan.DEFAULT_YEARS - 1) + "\n");
    }

    @Test
    void theStarterChecksCleanAndCarriesTheModeline() throws IOException {
        Path file = dir.resolve("school.plan.yaml");
        Cli.Result init = Cli.run("init", file.toString(), "--organization", "โรงเรียนบ้านหนองบัว", "--period", "2568-2571");
        assertThat(init.exitCode()).as(init.err()).isZero();
        String text = Files.readString(file);
        assertThat(text).startsWith("# yaml-language-server: $schema=plan.schema.json\n")
                .contains("name: โรงเรียนบ้านหนองบัว\n", "from: 2568\n", "to: 2571\n", "lang: th");

        Cli.Result check = Cli.run("check", "--lang", "en", file.toString());
        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).contains("no problems in 1 file(s)");
        assertThat(dir.resolve("plan.schema.json")).hasContent(Cli.run("schema").out());
    }

    /** The commented situation analysis and the strategies' `from`, uncommented, make a plan with the chapter. */
    @Test
    void theCommentedAnalysisIsValidOnceUncommented() throws IOException {
        for (String lang : new String[] {"th", "en"}) {
            Path file = dir.resolve("swot-" + lang + ".plan.yaml");
            assertThat(Cli.run("init", file.toString(), "--lang", lang, "--period", "2568-2571").exitCode()).isZero();
            StringBuilder uncommented = new StringBuilder();
            boolean inAnalysis = false;
            for (String line : Files.readAllLines(file)) {
                inAnalysis = line.startsWith("# analysis:") || inAnalysis && line.startsWith("#");
                uncommented.append(inAnalysis ? line.substring(2) : line.replace("    # from: ", "    from: ")).append('\n');
            }
            Files.writeString(file, uncommented.toString());
            Cli.Result check = Cli.run("check", "--lang", "en", file.toString());
            assertThat(check.exitCode()).as(check.out()).isZero();
            assertThat(check.out()).as(lang).contains("no problems in 1 file(s)");
            Cli.Result build = Cli.run("build", file.toString(), "--out", dir.resolve("site-" + lang).toString(), "--format", "md");
            assertThat(build.exitCode()).as(build.err()).isZero();
            assertThat(Files.readString(dir.resolve("site-" + lang).resolve("swot-" + lang + ".md")))
                    .contains("<a id=\"analysis-position\"></a>", "| 1.00 |");
        }
    }

    /** The commented project, form keys and all, is a valid project once its # are taken out, in both languages. */
    @ParameterizedTest
    @ValueSource(strings = {"th", "en"})
    void theCommentedProjectWithItsFormIsValidOnceUncommented(String lang) throws IOException {
        Path file = dir.resolve("starter.plan.yaml");
        assertThat(Cli.run("init", file.toString(), "--lang", lang, "--period", "2568").exitCode()).isZero();
        StringBuilder uncommented = new StringBuilder();
        boolean projects = false;
        for (String line : Files.readString(file).lines().toList()) {
            projects |= line.startsWith("# projects:");
            uncommented.append(projects && line.startsWith("# ") ? line.substring(2) : line).append('\n');
        }
        assertThat(projects).isTrue();
        assertThat(uncommented.toString()).contains("\nprojects:\n", "    kind: new", "    approvals:");
        Files.writeString(file, uncommented.toString());
        Cli.Result check = Cli.run("check", file.toString());
        assertThat(check.out()).contains("0 error(s)");
        Cli.Result build = Cli.run("build", file.toString(), "--out", dir.resolve("site").toString(), "--format", "md");
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(Files.readString(dir.resolve("site/starter.md"))).contains("<a id=\"appendix\"></a>");
    }

    @Test
    void aSchemaFileAlreadyBesideIsLeftAlone() throws IOException {
        Files.writeString(dir.resolve("plan.schema.json"), "{}");
        assertThat(Cli.run("init", dir.resolve("b.plan.yaml").toString()).exitCode()).isZero();
        assertThat(dir.resolve("plan.schema.json")).hasContent("{}");
    }

    @Test
    void withoutOptionsOrTerminalTheDefaultsMakeAValidPlan() throws IOException {
        Path file = dir.resolve("plan.plan.yaml");
        Cli.Result init = run(null, "init", file.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        int year = StarterPlan.fiscalYear(LocalDate.now());
        Map<String, Object> plan = yaml(file);
        assertThat(plan.get("period")).isEqualTo(Map.of("from", year, "to", year + 3));
        assertThat(Cli.run("check", file.toString()).exitCode()).isZero();
    }

    @Test
    void anEnglishStarterChecksCleanToo() throws IOException {
        Path file = dir.resolve("office.plan.yaml");
        assertThat(Cli.run("init", file.toString(), "--lang", "en", "--period", "2569").exitCode()).isZero();
        Map<String, Object> plan = yaml(file);
        assertThat(plan).containsEntry("lang", "en").containsEntry("period", Map.of("from", 2569, "to", 2569));
        assertThat(Files.readString(file)).contains("# A starter plan written by `plan init`");
        assertThat(Cli.run("check", file.toString()).exitCode()).isZero();
    }

    @Test
    void textsYamlWouldMisreadAreQuoted() throws IOException {
        Path file = dir.resolve("quoted.plan.yaml");
        String name = "โรงเรียน \"ทดสอบ\": #1 \\ yes";
        assertThat(Cli.run("init", file.toString(), "--organization", name, "--title", "yes").exitCode()).isZero();
        Map<String, Object> plan = yaml(file);
        assertThat(plan.get("organization")).isEqualTo(Map.of("name", name));
        assertThat(plan.get("title")).isEqualTo("yes");
        assertThat(Cli.run("check", file.toString()).exitCode()).isZero();
    }

    /** Issue 27, item 5: a dangling link named plan.schema.json made init create a file wherever it pointed. */
    @Test
    void noFileIsWrittenThroughALink() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path folder = Files.createDirectories(dir.resolve("plans"));
        Files.createSymbolicLink(folder.resolve("plan.schema.json"), outside.resolve("planted.json"));
        Cli.Result r = Cli.run("init", folder.resolve("school.plan.yaml").toString(), "--organization", "X");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("plan.schema.json is a symbolic link").doesNotContain("Exception");
        assertThat(outside.resolve("planted.json")).doesNotExist();
        assertThat(folder.resolve("school.plan.yaml")).as("nothing written").doesNotExist();

        Path other = Files.createDirectories(dir.resolve("other"));
        Files.createSymbolicLink(other.resolve("school.plan.yaml"), outside.resolve("planted.plan.yaml"));
        Cli.Result plan = Cli.run("init", other.resolve("school.plan.yaml").toString(), "--organization", "X");
        assertThat(plan.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(outside.resolve("planted.plan.yaml")).doesNotExist();
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path file = dir.resolve("mine.plan.yaml");
        byte[] mine = "title: my own work\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, mine);
        Cli.Result r = Cli.run("init", file.toString(), "--organization", "X");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("already exists");
        assertThat(Files.readAllBytes(file)).isEqualTo(mine);
    }

    @Test
    void aCommonEraPeriodIsRefusedWithTheHintAndNothingWritten() throws IOException {
        Path file = dir.resolve("ce.plan.yaml");
        Cli.Result r = Cli.run("init", file.toString(), "--period", "2025-2028", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(file + ":", "error[period]", "add 543, giving 2568", "nothing written");
        assertThat(file).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty(); // no scratch folder, no schema: nothing at all
        }
    }

    @Test
    void badNamesAndPeriodsAreUsageErrors() {
        assertThat(Cli.run("init", dir.resolve("plan.yaml").toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        Cli.Result r = Cli.run("init", dir.resolve("a.plan.yaml").toString(), "--period", "next year");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--period");
        assertThat(dir.resolve("a.plan.yaml")).doesNotExist();
    }

    @Test
    void onATerminalItAsksForWhatTheOptionsLeaveOut() throws IOException {
        Path file = dir.resolve("asked.plan.yaml");
        Questions answers = new Questions(new BufferedReader(new StringReader("en\n๒๕๖๘ - ๒๕๖๙\nBan Nong Bua School\n")),
                new PrintWriter(new StringWriter()));
        Cli.Result r = run(answers, "init", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Map<String, Object> plan = yaml(file);
        assertThat(plan).containsEntry("lang", "en").containsEntry("period", Map.of("from", 2568, "to", 2569))
                .containsEntry("organization", Map.of("name", "Ban Nong Bua School"));
    }

    /** The questions are worded in the user's language from the bundles: English here, Thai with --lang th. */
    @Test
    void theQuestionsSpeakTheUsersLanguage() {
        StringWriter english = new StringWriter();
        Questions inEnglish = new Questions(new BufferedReader(new StringReader("\n\n\n")), new PrintWriter(english, true));
        // The test JVM's PLAN_LANG is en: without --lang even the language question is English.
        assertThat(run(inEnglish, "init", dir.resolve("en.plan.yaml").toString()).exitCode()).isZero();
        assertThat(english.toString()).contains("language of the plan (th, en) [th]: ", "fiscal years (BE) [",
                "organization [").doesNotContain("ภาษาของแผน", "ปีงบประมาณ");

        StringWriter thai = new StringWriter();
        Questions inThai = new Questions(new BufferedReader(new StringReader("\n\n")), new PrintWriter(thai, true));
        assertThat(run(inThai, "init", "--lang", "th", dir.resolve("th.plan.yaml").toString()).exitCode()).isZero();
        assertThat(thai.toString()).contains("ปีงบประมาณ พ.ศ. [", "ชื่อหน่วยงาน [")
                .doesNotContain("fiscal", "organization", "language");
    }

    /** The command line of Main, with the given source of answers in place of the terminal. */
    private static Cli.Result run(Questions questions, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        ((InitCommand) cmd.getSubcommands().get("init").getCommand()).questions = questions;
        int code = cmd.execute(args);
        return new Cli.Result(code, out.toString(), err.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) throws IOException {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
    }
}
