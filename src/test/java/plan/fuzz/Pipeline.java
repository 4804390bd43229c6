package plan.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import plan.diag.Diagnostic;
import plan.diag.DiagnosticPrinter;
import plan.diag.GithubPrinter;
import plan.diag.JsonPrinter;
import plan.diag.Messages;
import plan.diag.SarifPrinter;
import plan.diag.Source;
import plan.diag.TextPrinter;
import plan.load.Limits;
import plan.workspace.FileReport;
import plan.workspace.Workspace;

/**
 * The check pipeline of one file, in memory, through the workspace's in-memory entry point (the
 * same load, bind and check as {@code plan check}, without the file system: no configuration
 * lookups per fuzz input).
 */
final class Pipeline {
    static final String FILE = "fuzz.plan.yaml";
    static final List<Messages> LANGUAGES = List.of(new Messages(Locale.ENGLISH),
            new Messages(Locale.forLanguageTag("th")));

    private Pipeline() {
    }

    /** Checks {@code bytes} as a plan file; throws on anything but well-formed diagnostics. */
    static List<Diagnostic> check(byte[] bytes) {
        FileReport report = new Workspace(Limits.DEFAULT).check(bytes, FILE);
        List<Diagnostic> diagnostics = report.diagnostics();
        DiagnosticInvariants.verify(diagnostics, report.source());
        print(diagnostics, report.source());
        return diagnostics;
    }

    /** Every output format in every language: the printers see the same hostile text as the checks. */
    private static void print(List<Diagnostic> diagnostics, Source source) {
        var sources = Map.of(FILE, source);
        for (Messages messages : LANGUAGES) {
            for (DiagnosticPrinter printer : List.of(new TextPrinter(messages, true), new GithubPrinter(messages),
                    new SarifPrinter(messages, "fuzz"))) {
                printer.print(diagnostics, sources, new PrintWriter(Writer.nullWriter()));
            }
            StringWriter json = new StringWriter();
            new JsonPrinter(messages).print(diagnostics, sources, new PrintWriter(json));
            DiagnosticInvariants.verifyJson(json.toString(), diagnostics.size());
        }
    }
}
