package plan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import plan.app.PlanDiffer;
import plan.diag.Message;
import plan.diag.Messages;
import plan.diff.ChangePrinter;

/** {@code plan diff OLD NEW}: what changed between two versions of a plan, by meaning. */
@Command(name = "diff", mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReportOptions report = new ReportOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
    ChangePrinter.Format format;

    @Option(names = "--exit-code")
    boolean exitCode;

    @Parameters(index = "0", paramLabel = "OLD", converter = PathArguments.NonBlankText.class)
    String old;

    @Parameters(index = "1", paramLabel = "NEW", converter = PathArguments.NonBlankText.class)
    String now;

    @Override
    public Integer call() throws Exception {
        PlanDiffer.Result result = new PlanDiffer(Path.of("").toAbsolutePath()).diff(old, now);
        Messages messages = report.messages();
        // As the exit-code table has it: a file or revision that is not there, or not a plan, is a
        // usage error (2, thrown before this); a version with errors is the input's errors' 1.
        // With --exit-code, 1 says "changed": a comparison that could not be made, whole or in
        // part, must not read as that, so it is 2.
        int notCompared = exitCode ? ExitCodes.USAGE : ExitCodes.INPUT_ERRORS;
        // Diagnostics go to the error stream: the output stream is the diff's, which a script may parse.
        PrintWriter err = spec.commandLine().getErr();
        if (result.failed()) {
            report.textPrinter(messages).print(result.diagnostics(), result.sources(), err);
            err.println(messages.format(Message.of("diff.not-bound")));
            err.flush();
            if (format == ChangePrinter.Format.json) {
                // Still JSON for the script reading it: an object, where a comparison gives an array.
                PrintWriter out = spec.commandLine().getOut();
                out.print("{\"error\": " + plan.diag.Json.quote(messages.format(Message.of("diff.not-bound")))
                        + ", \"diagnostics\": ");
                new plan.diag.JsonPrinter(messages).print(result.diagnostics(), result.sources(), out);
                out.println("}");
                out.flush();
            }
            return notCompared;
        }
        ChangePrinter.of(format, messages, report.useColor()).print(result.changes(), spec.commandLine().getOut());
        // How a side was read (a base from the working tree): the reader's to know, not a failure.
        result.notes().forEach(n -> err.println(messages.format(n)));
        err.flush();
        if (!result.diagnostics().isEmpty()) {
            report.textPrinter(messages).print(result.diagnostics(), result.sources(), err);
            err.flush();
            return notCompared;
        }
        return exitCode && !result.changes().isEmpty() ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
    }
}
