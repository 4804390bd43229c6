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

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of messages: th or en (default: from LC_ALL, LC_MESSAGES or LANG).")
    Lang lang;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour: auto (only on a terminal), always or never.")
    Color color;

    @Option(names = "--debug", description = "Show stack traces of internal failures.")
    boolean debug;

    Messages messages() {
        Lang chosen = lang != null ? lang : UserLanguage.of(System.getenv(), Locale.getDefault());
        return new Messages(chosen == Lang.th ? Locale.forLanguageTag("th") : Locale.ENGLISH);
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
    void print(plan.app.CheckReport report, Format format, PrintWriter out) {
        print(report, List.of(), format, out);
    }

    /** As {@link #print(plan.app.CheckReport, Format, PrintWriter)}, with findings made after the check. */
    void print(plan.app.CheckReport report, List<Diagnostic> more, Format format, PrintWriter out) {
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
