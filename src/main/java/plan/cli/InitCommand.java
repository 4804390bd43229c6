package plan.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import plan.app.StarterPlan;
import plan.app.check.CheckReport;
import plan.app.check.PlanFile;
import plan.app.check.UsageException;
import plan.format.Format;
import plan.format.JsonSchema;
import plan.model.Lang;

/** {@code plan init [FILE]}: a starter plan that checks clean, with comments that teach the format. */
@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {
    private static final Pattern PERIOD = Pattern.compile("\\s*([0-9๐-๙]{4})\\s*(?:[-–]\\s*([0-9๐-๙]{4}))?\\s*");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "plan.plan.yaml")
    Path file;

    @Option(names = "--organization", paramLabel = "NAME")
    String organization;

    @Option(names = "--period", paramLabel = "FROM-TO")
    String period;

    @Option(names = "--lang", paramLabel = "LANG")
    ReportOptions.Lang lang;

    @Option(names = "--title", paramLabel = "TEXT")
    String title;

    @Option(names = "--action-plan")
    boolean actionPlan;

    /** Where answers come from when options leave something out; null: take the defaults. */
    Questions questions = onTerminal();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String shown = file.toString();
        if (!PlanFile.isPlanFileName(file.getFileName().toString())) {
            throw new UsageException(plan.diag.Message.of("cli.refused.init-name", shown));
        }
        if (java.nio.file.Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // A link (even to a missing file) counts: plan init writes nothing through one.
            throw new UsageException(plan.diag.Message.of("cli.refused.init-exists", shown));
        }
        StarterPlan.refuseLinkedSchema(file);
        Lang language = lang != null ? (lang == ReportOptions.Lang.en ? Lang.EN : Lang.TH)
                : questions != null && "en".equals(questions.ask(asked("cli.init.ask.lang"), "th"))
                        ? Lang.EN : Lang.TH;
        int thisYear = StarterPlan.fiscalYear(LocalDate.now());
        // An action plan is the plan of one fiscal year; a development plan spans several.
        String defaultYears = actionPlan ? String.valueOf(thisYear) : thisYear + "-" + (thisYear + StarterPlan.DEFAULT_YEARS - 1);
        String years = period != null ? period
                : questions != null ? questions.ask(asked("cli.init.ask.period"), defaultYears)
                : defaultYears;
        int[] fromTo = years(years);
        String name = organization != null ? organization
                : questions != null ? questions.ask(asked("cli.init.ask.organization"), StarterPlan.defaultOrganization(language))
                : StarterPlan.defaultOrganization(language);
        StarterPlan.Answers answers = new StarterPlan.Answers(name, fromTo[0], fromTo[1], language, title);

        CheckReport checked = StarterPlan.write(file, shown, StarterPlan.text(answers, file.getFileName().toString(), actionPlan));
        if (checked.hasErrors()) {
            ReportOptions report = new ReportOptions();
            report.lang = lang;
            report.color = ReportOptions.Color.auto;
            report.print(checked, ReportOptions.Format.text, spec.commandLine().getErr());
            spec.commandLine().getErr().println(report.messages().format(plan.diag.Message.of("cli.init.invalid")));
            return ExitCodes.USAGE;
        }
        plan.diag.Messages words = messages();
        String shownYears = fromTo[0] == fromTo[1] ? String.valueOf(fromTo[0]) : fromTo[0] + "–" + fromTo[1]; // one year: "2570", not "2570–2570"
        out.println(words.format(plan.diag.Message.of("cli.init.wrote", shown, answers.organization(), shownYears)));
        // The starter's first line points editors at this file; one already there is left alone.
        if (StarterPlan.writeSchemaBeside(file, JsonSchema.of(Format.STANDARD.plan()))) {
            out.println(words.format(plan.diag.Message.of("cli.init.schema", StarterPlan.SCHEMA_FILE)));
        }
        return ExitCodes.OK;
    }

    /** Messages in {@code --lang}, else the language the environment chooses (see {@link UserLanguage}). */
    private plan.diag.Messages messages() {
        ReportOptions report = new ReportOptions();
        report.lang = lang;
        return report.messages();
    }

    /** A question's words in the user's language, as the command's other lines (Thai unless told otherwise). */
    private String asked(String messageKey) {
        return messages().format(plan.diag.Message.of(messageKey));
    }

    /** "2568-2571", "2568–2571" or "2568", in Arabic or Thai digits. */
    private static int[] years(String text) throws UsageException {
        Matcher m = PERIOD.matcher(text);
        if (!m.matches()) {
            throw new UsageException(plan.diag.Message.of("cli.refused.period", text));
        }
        int from = number(m.group(1));
        return new int[] {from, m.group(2) == null ? from : number(m.group(2))};
    }

    private static int number(String digits) {
        StringBuilder b = new StringBuilder();
        digits.codePoints().forEach(c -> b.append((char) (c >= '๐' && c <= '๙' ? '0' + (c - '๐') : c)));
        return Integer.parseInt(b.toString());
    }

    private static Questions onTerminal() {
        Console console = System.console();
        if (console == null || !Terminal.isInteractive()) {
            return null;
        }
        return new Questions(new BufferedReader(console.reader()), console.writer());
    }
}
