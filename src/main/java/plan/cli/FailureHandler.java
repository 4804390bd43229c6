package plan.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import plan.app.check.UsageException;

/**
 * A usage problem found while running (a missing file) exits 2 with its message; anything else
 * is our bug: exit 3 with one line, and the stack trace only under {@code --debug}.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        if (e instanceof UsageException u) {
            String[] args = parsed.originalArgs().toArray(String[]::new);
            cmd.getErr().println("plan: " + plan.diag.Printable.of(u.message(ReportOptions.messagesFor(args))));
            return ExitCodes.USAGE;
        }
        boolean debug = parsed.hasMatchedOption("--debug")
                || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
        cmd.getErr().println(ReportOptions.messagesFor(parsed.originalArgs().toArray(String[]::new))
                .format(plan.diag.Message.of("cli.internal", e)));
        if (debug) {
            e.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        return ExitCodes.INTERNAL;
    }
}
