package plan.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import plan.diag.Message;

/** An unknown option or a bad value: the problem in the reader's language, what was meant, a pointer to --help, exit 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        ReportOptions.Lang lang = ReportOptions.languageFor(java.util.List.of(args));
        plan.diag.Messages words = ReportOptions.messagesIn(lang);
        // A missing parameter is named with its description: the help's words, in the same language.
        cmd.setResourceBundle(HelpWords.bundle(lang));
        Message problem = UsageProblem.of(e);
        cmd.getErr().println(problem != null ? words.format(problem) : "plan: " + plan.diag.Printable.of(e.getMessage()));
        Message suggestion = UsageProblem.suggestion(e);
        if (suggestion != null) {
            cmd.getErr().println(words.format(suggestion));
        }
        // A file whose name starts with '-' reads as an option; `--` ends the options.
        for (String arg : args) {
            if (arg.startsWith("-") && !arg.startsWith("--") && arg.matches(".*\\.(ya?ml)$")) {
                cmd.getErr().println(words.format(Message.of("cli.usage.dash-file",
                        cmd.getCommandSpec().qualifiedName(), plan.diag.Printable.of(arg))));
                break;
            }
        }
        cmd.getErr().println(words.format(Message.of("cli.usage.help", cmd.getCommandSpec().qualifiedName())));
        return ExitCodes.USAGE;
    }
}
