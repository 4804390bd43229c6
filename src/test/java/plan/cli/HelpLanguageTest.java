package plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import plan.testing.Cli;

/**
 * {@code --help}, {@code --version} and usage errors speak the reader's language: every command's
 * help is worded in Thai and in English (no description missing from either bundle), Thai help
 * wraps at word boundaries within the terminal's 80 columns, and picocli's English never reaches
 * a Thai reader.
 */
// Thai help is wrapped with the JVM's default locale set to Thai while it prints (HelpWords):
// tests that print help take the locale's lock, so none sees another's Thai locale.
@org.junit.jupiter.api.parallel.ResourceLock(org.junit.jupiter.api.parallel.Resources.LOCALE)
class HelpLanguageTest {
    /** The top command and each subcommand, as typed before {@code --help}. */
    private static List<List<String>> commands() {
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of());
        for (Class<?> type : PlanCommand.SUBCOMMANDS) {
            commands.add(List.of(type.getAnnotation(CommandLine.Command.class).name()));
        }
        return commands;
    }

    private static Cli.Result help(List<String> command, String lang) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--lang", lang, "--help"));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void everyCommandsHelpIsInThai() {
        java.util.Locale before = java.util.Locale.getDefault();
        for (List<String> command : commands()) {
            Cli.Result r = help(command, "th");
            assertThat(r.exitCode()).as(command + r.err()).isZero();
            assertThat(r.out()).as(command.toString()).startsWith("วิธีใช้:\n  plan").doesNotContain("Usage:");
            ThaiOutputTest.assertThai(r);
        }
        assertThat(help(List.of(), "th").out()).contains("คำสั่ง:\n  check   ตรวจไฟล์แผน");
        // plan alone shows its help, as --help does.
        assertThat(Cli.run("--lang", "th").out()).isEqualTo(help(List.of(), "th").out());
        // Thai line breaking is for help alone: what runs after it sees the default locale as it was.
        assertThat(java.util.Locale.getDefault()).isEqualTo(before);
    }

    @Test
    void everyCommandsHelpIsInEnglish() {
        for (List<String> command : commands()) {
            Cli.Result r = help(command, "en");
            assertThat(r.exitCode()).as(command + r.err()).isZero();
            assertThat(r.out()).as(command.toString()).startsWith("Usage: plan").doesNotContain("วิธีใช้");
        }
        assertThat(help(List.of("build"), "en").out())
                .contains("      --out=DIR              Output folder (default: site).\n");
    }

    /** As a user runs it, in a JVM of its own with no language set anywhere: Thai, and picocli's default locale restored. */
    @Test
    void helpWithNoLanguageSetIsThai() {
        List<String> unset = List.of("env", "-u", "LANG", "-u", "LC_ALL", "-u", "LC_MESSAGES", "-u", "PLAN_LANG",
                "-u", UserLanguage.LAUNCHER_VARIABLE);
        plan.testing.ExternalTool.Result r = Cli.inNewJvm(unset, "build", "--help");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("วิธีใช้:\n  plan build ").contains("--out=DIR              โฟลเดอร์ที่เขียนผล");
        plan.testing.ExternalTool.Result bad = Cli.inNewJvm(unset, "build", "--outt", "site", "plans");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("plan: ไม่มีตัวเลือก '--outt'\nตัวเลือกที่ชื่อคล้ายกัน: --out\n");
    }

    /** A description missing from a bundle would print as nothing: picocli has no other text for it. */
    @Test
    void everyCommandOptionAndParameterIsDescribedInBothLanguages() {
        List<String> problems = new ArrayList<>();
        for (ReportOptions.Lang lang : ReportOptions.Lang.values()) {
            CommandLine cli = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            cli.setResourceBundle(HelpWords.bundle(lang));
            List<CommandLine> all = new ArrayList<>(List.of(cli));
            all.addAll(cli.getSubcommands().values());
            for (CommandLine command : all) {
                String name = command.getCommandSpec().qualifiedName();
                check(problems, lang, name, String.join(" ", command.getCommandSpec().usageMessage().description()));
                List<ArgSpec> args = new ArrayList<>(command.getCommandSpec().options());
                args.addAll(command.getCommandSpec().positionalParameters());
                for (ArgSpec arg : args) {
                    check(problems, lang, name + " " + arg.paramLabel() + (arg.isOption()
                            ? " " + ((CommandLine.Model.OptionSpec) arg).longestName() : ""), String.join(" ", arg.description()));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(List<String> problems, ReportOptions.Lang lang, String what, String description) {
        if (description.isBlank()) {
            problems.add(lang + ": " + what + " has no description");
        } else if (lang == ReportOptions.Lang.th && description.codePoints().noneMatch(c -> c >= 0x0E01 && c <= 0x0E5B)) {
            problems.add("th: " + what + " is not in Thai: " + description);
        }
    }

    /**
     * picocli counts a Thai vowel or tone mark as a column where a terminal gives it none, so lines
     * are never wider than counted; and the line breaker must find Thai word boundaries, or a line
     * starts with a mark or a following vowel torn from its consonant.
     */
    @Test
    void thaiHelpWrapsBetweenWordsWithinEightyColumns() {
        for (List<String> command : commands()) {
            for (String line : help(command, "th").out().lines().toList()) {
                assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(80);
                String text = line.strip();
                if (!text.isEmpty()) {
                    int first = text.codePointAt(0);
                    int last = text.codePointBefore(text.length());
                    assertThat(Character.getType(first) == Character.NON_SPACING_MARK || "ะาำๅๆ".indexOf(first) >= 0)
                            .as("a line begins inside a word: " + line).isFalse();
                    assertThat("เแโใไ".indexOf(last) >= 0).as("a line ends inside a word: " + line).isFalse();
                }
            }
        }
        // The build's help wraps this description between words, not inside the last one.
        assertThat(help(List.of("build"), "th").out()).contains("\n                               ไฟล์เล็กกว่าและสร้างเร็วกว่า)\n");
    }

    @Test
    void theVersionLineIsWorded() {
        Cli.Result th = Cli.run("--lang", "th", "--version");
        assertThat(th.exitCode()).isZero();
        assertThat(th.out()).startsWith("plan รุ่น " + PlanCommand.Version.number() + " (คอมมิต ");
        assertThat(Cli.run("--lang", "en", "--version").out()).startsWith("plan " + PlanCommand.Version.number() + " (commit ");
        // A command's own --version says the same (it printed an empty line).
        assertThat(Cli.run("build", "--lang", "th", "--version").out()).isEqualTo(th.out());
    }

    /** The mistakes picocli finds, each worded by plan in Thai, with the pointer to help. */
    @Test
    void usageErrorsAreInThai() {
        String[][] mistakes = {
            {"chek", "plans"}, {"check", "--no-such-option", "x.plan.yaml"}, {"check"}, {"build", "--out"},
            {"build", "x.plan.yaml", "--out", "--force"}, {"build", "x.plan.yaml", "--out", "a", "--out", "b"},
            {"build", "x.plan.yaml", "--shard", "5/2"}, {"build", "x.plan.yaml", "--pdf-standard", "pdf/x"},
            {"build", "x.plan.yaml", "--style", "fancy"}, {"build", "x.plan.yaml", "--format", "doc"},
            {"check", "--format", "xml", "x.plan.yaml"}, {"serve", "--port", "eighty"}, {"diff", "a.plan.yaml"},
            {"diff", "a", "b", "c"}, {"merge", "site"}, {"check", "--color"}, {"--no-such-option"},
            {"check", "-x.plan.yaml"},
        };
        for (String[] mistake : mistakes) {
            List<String> args = new ArrayList<>(List.of("--lang", "th"));
            args.addAll(List.of(mistake));
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(String.join(" ", mistake) + r.err()).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", mistake)).startsWith("plan: ").contains("ดูวิธีใช้ด้วย");
            ThaiOutputTest.assertThai(r);
        }
    }

    @Test
    void usageErrorsSayWhatWasMeant() {
        assertThat(Cli.run("--lang", "th", "chek", "plans").err()).contains("หมายถึง plan check");
        assertThat(Cli.run("--lang", "en", "chek", "plans").err()).contains("Did you mean: plan check");
        assertThat(Cli.run("check", "--lang", "th", "--no-cahce", "x.plan.yaml").err())
                .contains("plan: ไม่มีตัวเลือก '--no-cahce'\nตัวเลือกที่ชื่อคล้ายกัน: --no-cache\n");
        assertThat(Cli.run("check", "--lang", "en").err()).startsWith("plan: missing PATH (Plan files or folders)\n");
        assertThat(Cli.run("check", "--lang", "th").err()).startsWith("plan: ยังไม่ได้ระบุ PATH (ไฟล์แผนหรือโฟลเดอร์)\n");
        assertThat(Cli.run("build", "--lang", "en", "x.plan.yaml", "--pdf-standard", "pdf/x").err())
                .startsWith("plan: invalid value for --pdf-standard: 'pdf/x' (expected one of ua2-a4, none)\n");
    }

    /** A language named before the command counts for it, as after. */
    @Test
    void theLanguageMayComeBeforeTheCommand() {
        Cli.Result r = Cli.run("--lang", "en", "check", "--color", "never", "examples/broken.plan.yaml");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out() + r.err()).contains("error(s)");
        Cli.Result th = Cli.run("--lang", "th", "check", "--color", "never", "examples/broken.plan.yaml");
        ThaiOutputTest.assertThai(th);
    }

    /** What a command refuses to do (a missing file, an output in the way) is worded in Thai too. */
    @Test
    void refusalsAreInThai(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        Cli.Result missing = Cli.run("check", "--lang", "th", dir.resolve("none.plan.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("plan: ไม่มีไฟล์หรือโฟลเดอร์ ");
        ThaiOutputTest.assertThai(missing);
        assertThat(Cli.run("check", "--lang", "en", dir.resolve("none.plan.yaml").toString()).err())
                .startsWith("plan: no such file or folder: ");

        java.nio.file.Path plan = dir.resolve("school.plan.yaml");
        assertThat(Cli.run("init", "--lang", "th", plan.toString()).exitCode()).isZero();
        Cli.Result again = Cli.run("init", "--lang", "th", plan.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("มีไฟล์").contains("อยู่แล้ว");
        ThaiOutputTest.assertThai(again);

        java.nio.file.Path source = dir.resolve("แผน.txt");
        java.nio.file.Files.writeString(source, "แผนพัฒนาการศึกษา\n\nวิสัยทัศน์\n\nนักเรียนมีความรู้\n");
        java.nio.file.Path target = dir.resolve("แผน.plan.yaml");
        java.nio.file.Files.writeString(target, "# in the way\n");
        Cli.Result inTheWay = Cli.run("import", "--lang", "th", source.toString(), "--out", target.toString());
        assertThat(inTheWay.exitCode()).isEqualTo(2);
        assertThat(inTheWay.err()).contains("ใส่ --force เพื่อเขียนทับ");
        ThaiOutputTest.assertThai(inTheWay);

        Cli.Result schema = Cli.run("schema", "--lang", "th", "--help");
        assertThat(schema.exitCode()).isZero();
        assertThat(schema.out()).contains("--lang=LANG");
    }
}
