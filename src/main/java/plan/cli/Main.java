package plan.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import picocli.CommandLine;

/** Entry point: exit codes 0 ok, 1 input errors, 2 usage, 3 internal failure. */
public final class Main {
    private Main() {
    }

    public static void main(String[] given) {
        String[] args = WindowsArguments.of(given, System.getProperty(WindowsArguments.PROPERTY), System.getenv());
        // picocli otherwise looks for Groovy on the class path at every start (a class not found,
        // searched for through the jar): plan has no Groovy closures in its annotations.
        System.setProperty("picocli.disable.closures", "true");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = commandLine(out, err, PlanCommand.subcommandsFor(args)).execute(args);
        } catch (Throwable e) { // picocli hands on Errors (out of memory, stack overflow): still exit 3
            err.println("plan: internal error: " + e + (java.util.Arrays.asList(args).contains("--debug") ? "" : " (run with --debug for details)"));
            if (java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(err);
            }
            code = ExitCodes.INTERNAL;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The configured command line; tests call {@code execute} on it with their own writers. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, PlanCommand.SUBCOMMANDS);
    }

    /** The command line with the given subcommands (added first: the settings below reach them). */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Class<?>> subcommands) {
        CommandLine cmd = new CommandLine(new PlanCommand());
        for (Class<?> subcommand : subcommands) {
            cmd.addSubcommand(subcommand);
        }
        // After the subcommands: a converter reaches the commands added before it.
        cmd.registerConverter(java.nio.file.Path.class, new PathArguments.NonBlankPath());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExitCodeExceptionMapper(t -> ExitCodes.INTERNAL);
        cmd.setExecutionExceptionHandler(new FailureHandler());
        cmd.setParameterExceptionHandler(new UsageErrorHandler());
        // Help and the version line are worded when shown, in the language the line asks for.
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        cmd.setExecutionStrategy(parsed -> HelpWords.shown(parsed)
                ? HelpWords.in(ReportOptions.languageFor(parsed.originalArgs()), cmd, () -> run.execute(parsed))
                : run.execute(parsed));
        return cmd;
    }
}
