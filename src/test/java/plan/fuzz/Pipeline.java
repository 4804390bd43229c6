package plan.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import plan.bind.PlanBinder;
import plan.check.CheckContext;
import plan.check.Checker;
import plan.diag.Diagnostic;
import plan.diag.DiagnosticPrinter;
import plan.diag.Findings;
import plan.diag.GithubPrinter;
import plan.diag.JsonPrinter;
import plan.diag.Messages;
import plan.diag.SarifPrinter;
import plan.diag.TextPrinter;
import plan.load.Limits;
import plan.load.Loaded;
import plan.load.PlanLoader;
import plan.model.Plan;

/**
 * The check pipeline of one file, in memory: {@code PlanChecker.check} reads a file from disk and
 * looks for configuration around it, which would make every fuzz input cost file-system calls.
 * The steps and the rule "bind only what loaded without errors" are the same as there.
 */
final class Pipeline {
    static final String FILE = "fuzz.plan.yaml";
    private static final PlanLoader LOADER = new PlanLoader(Limits.DEFAULT);
    static final List<Messages> LANGUAGES = List.of(new Messages(Locale.ENGLISH),
            new Messages(Locale.forLanguageTag("th")));

    private Pipeline() {
    }

    /** Checks {@code bytes} as a plan file; throws on anything but well-formed diagnostics. */
    static List<Diagnostic> check(byte[] bytes) {
        Findings findings = new Findings(FILE);
        Loaded loaded = LOADER.load(bytes, findings);
        if (!findings.hasErrors()) {
            Plan plan = PlanBinder.bind(loaded.root(), "fuzz", findings);
            Checker.check(new CheckContext(plan, loaded.source(), findings));
        }
        List<Diagnostic> diagnostics = findings.sorted();
        DiagnosticInvariants.verify(diagnostics, loaded.source());
        print(diagnostics, loaded);
        return diagnostics;
    }

    /** Every output format in every language: the printers see the same hostile text as the checks. */
    private static void print(List<Diagnostic> diagnostics, Loaded loaded) {
        var sources = Map.of(FILE, loaded.source());
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
