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
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show what changed between two versions of a plan: files, folders or REV:PATH from git.")
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReportOptions report = new ReportOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Changes as text, markdown, json or github (default: ${DEFAULT-VALUE}).")
    ChangePrinter.Format format;

    @Option(names = "--exit-code", description = "Exit 1 when anything changed (else 0 whatever changed).")
    boolean exitCode;

    @Parameters(index = "0", paramLabel = "OLD", description = "The old version: a file, a folder or REV:PATH.")
    String old;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new version: a file, a folder or REV:PATH.")
    String now;

    @Override
    public Integer call() throws Exception {
        PlanDiffer.Result result = new PlanDiffer(Path.of("").toAbsolutePath()).diff(old, now);
        Messages messages = report.messages();
        if (result.failed()) {
            // Diagnostics go to the error stream: the output stream is the diff's, which a script may parse.
            PrintWriter err = spec.commandLine().getErr();
            report.textPrinter(messages).print(result.diagnostics(), result.sources(), err);
            err.println(messages.format(Message.of("diff.not-bound")));
            err.flush();
            return ExitCodes.INPUT_ERRORS;
        }
        ChangePrinter.of(format, messages, report.useColor()).print(result.changes(), spec.commandLine().getOut());
        return exitCode && !result.changes().isEmpty() ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
    }
}
