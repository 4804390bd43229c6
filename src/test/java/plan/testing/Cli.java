package plan.testing;

import java.io.PrintWriter;
import java.io.StringWriter;

import plan.cli.Main;

/** Runs the command line in-process, as a user would type it, capturing output and exit code. */
public final class Cli {
    /** What a run printed and how it ended. */
    public record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
