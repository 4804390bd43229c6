package plan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine.Option;
import plan.diag.Diagnostic;
import plan.diag.DiagnosticPrinter;
import plan.diag.GithubPrinter;
import plan.diag.GitlabPrinter;
import plan.diag.JsonPrinter;
import plan.diag.Messages;
import plan.diag.SarifPrinter;
import plan.diag.TextPrinter;

/**
 * How diagnostics are shown: language and colour, shared by check and build. The format has a
 * different option name in each: {@code check --format}, {@code build --diagnostics} (there
 * {@code --format} names the documents to write).
 */
final class ReportOptions {
    enum Format { text, json, sarif, github, gitlab }

    enum Lang { th, en }

    enum Color { auto, always, never }

    @Option(names = "--lang", paramLabel = "LANG")
    Lang lang;

    /** The command these options are part of: {@code plan --lang en check} names the language before it. */
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec command;

    /** The language chosen, found once a run (it may read plan.config.yaml). */
    private Lang chosen;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto")
    Color color;

    @Option(names = "--debug")
    boolean debug;

    Messages messages() {
        return messagesIn(language());
    }

    static Messages messagesIn(Lang lang) {
        return new Messages(lang == Lang.th ? Locale.forLanguageTag("th") : Locale.ENGLISH);
    }

    /** Messages for a command line that could not be parsed: its {@code --lang} if it names one, else as usual. */
    static Messages messagesFor(String[] args) {
        return optionsFor(args).messages();
    }

    /** The language of a command line read before (or without) picocli: for help and usage errors. */
    static Lang languageFor(java.util.List<String> args) {
        return optionsFor(args.toArray(String[]::new)).language();
    }

    private static ReportOptions optionsFor(String[] args) {
        ReportOptions options = new ReportOptions();
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if ("th".equals(value) || "en".equals(value)) {
                options.lang = Lang.valueOf(value);
            }
        }
        return options;
    }

    /** {@code --lang}, else PLAN_LANG, plan.config.yaml, the locale variables, Thai (see {@link UserLanguage}). */
    Lang language() {
        if (chosen == null) {
            Lang given = lang != null ? lang
                    : command != null && command.parent() != null && command.parent().userObject() instanceof PlanCommand top ? top.lang
                    : null;
            chosen = UserLanguage.choose(given, System.getenv(), java.nio.file.Path.of(""));
        }
        return chosen;
    }

    DiagnosticPrinter printer(Format format, Messages messages, String version) {
        return switch (format) {
            case text -> textPrinter(messages);
            case json -> new JsonPrinter(messages);
            case sarif -> new SarifPrinter(messages, version);
            case github -> new GithubPrinter(messages);
            case gitlab -> new GitlabPrinter(messages, () -> RepositoryRoot.of(System.getenv(), java.nio.file.Path.of("").toAbsolutePath()));
        };
    }

    TextPrinter textPrinter(Messages messages) {
        return new TextPrinter(messages, useColor());
    }

    boolean useColor() {
        return switch (color) {
            case always -> true;
            case never -> false;
            case auto -> Terminal.isInteractive() && System.getenv("NO_COLOR") == null;
        };
    }

    /** Writes the diagnostics, plus the closing count line in text format. */
    void print(plan.app.check.CheckReport report, Format format, PrintWriter out) {
        print(report, List.of(), format, out);
    }

    /** As {@link #print(plan.app.check.CheckReport, Format, PrintWriter)}, with findings made after the check. */
    void print(plan.app.check.CheckReport report, List<Diagnostic> more, Format format, PrintWriter out) {
        Messages messages = messages();
        List<Diagnostic> all = new ArrayList<>(report.diagnostics());
        all.addAll(more);
        // The command's writers flush at every line; thousands of findings go out in large blocks.
        PrintWriter blocks = new PrintWriter(new java.io.BufferedWriter(out, 1 << 16), false);
        printer(format, messages, PlanCommand.Version.number()).print(all, report.sources(), blocks);
        if (format == Format.text) {
            blocks.println(textPrinter(messages).summary(all, report.fileCount()));
        }
        blocks.flush();
        out.flush();
    }

    /** Findings made after the text report was printed (a template failure), without a count line. */
    void printMore(List<Diagnostic> more, PrintWriter out) {
        if (!more.isEmpty()) {
            textPrinter(messages()).print(more, Map.of(), out);
            out.flush();
        }
    }
}
