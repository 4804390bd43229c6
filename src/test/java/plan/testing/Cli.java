package plan.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import plan.cli.Main;

/** Runs the command line in-process, as a user would type it, capturing output and exit code. */
public final class Cli {
    /** What a run printed and how it ended. */
    public record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    /**
     * Runs the command line in a new JVM (this one's, with this class path), after
     * {@code prefix}: e.g. {@code env SOURCE_DATE_EPOCH=1}, or {@code bash -c 'ulimit ...; exec "$@"' bash}.
     */
    public static ExternalTool.Result inNewJvm(List<String> prefix, String... args) {
        return inNewJvmAt(null, prefix, args);
    }

    /** As {@link #inNewJvm}, with {@code dir} (null: here) as the working folder, as a user's shell has one. */
    public static ExternalTool.Result inNewJvmAt(java.nio.file.Path dir, List<String> prefix, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return ExternalTool.run(dir, command);
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
