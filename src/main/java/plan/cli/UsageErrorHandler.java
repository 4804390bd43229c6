package plan.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** An unknown option or a bad value: the problem, a pointer to --help, exit 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        plan.diag.Messages words = ReportOptions.messagesFor(args);
        cmd.getErr().println("plan: " + plan.diag.Printable.of(e.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
        // A file whose name starts with '-' reads as an option; `--` ends the options.
        for (String arg : args) {
            if (arg.startsWith("-") && !arg.startsWith("--") && arg.matches(".*\\.(ya?ml)$")) {
                cmd.getErr().println(words.format(plan.diag.Message.of("cli.usage.dash-file",
                        cmd.getCommandSpec().qualifiedName(), plan.diag.Printable.of(arg))));
                break;
            }
        }
        cmd.getErr().println(words.format(plan.diag.Message.of("cli.usage.help", cmd.getCommandSpec().qualifiedName())));
        return ExitCodes.USAGE;
    }
}
