package plan.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The arguments of a run started by {@code bin\plan.cmd} on Windows, taken from the command line
 * as cmd saw it. java.exe reads its arguments in the ANSI code page, where letters outside it
 * (Thai on a Windows set to English) become "?"; plan.cmd hands the same line over in an
 * environment variable as well, which Java reads in Unicode. The line is split as the Microsoft C
 * runtime splits it, and used only when it gives as many arguments as the JVM received: if cmd
 * and the C runtime ever disagree, the JVM's own arguments stand.
 */
final class WindowsArguments {
    /** The system property naming the variable that holds the line (set by plan.cmd alone). */
    static final String PROPERTY = "plan.args.env";

    private WindowsArguments() {
    }

    /** The arguments to run with: the Unicode line's when plan.cmd gave one that fits, else {@code args}. */
    static String[] of(String[] args, String variable, Map<String, String> environment) {
        if (variable == null || variable.isEmpty()) {
            return args;
        }
        String line = environment.get(variable);
        if (line == null) {
            return args;
        }
        List<String> split = split(line);
        return split.size() == args.length ? split.toArray(String[]::new) : args;
    }

    /**
     * Splits a command line by the rules of the Microsoft C runtime: white space separates
     * arguments outside quotes; a quote starts or ends a quoted stretch; 2n backslashes before a
     * quote are n backslashes and the quote is a delimiter, 2n+1 are n and a literal quote;
     * other backslashes are literal; two quotes inside a quoted stretch are one literal quote.
     */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inArgument = false;
        boolean quoted = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (!quoted && (c == ' ' || c == '\t')) {
                if (inArgument) {
                    out.add(current.toString());
                    current.setLength(0);
                    inArgument = false;
                }
                i++;
                continue;
            }
            inArgument = true;
            if (c == '\\') {
                int slashes = 0;
                while (i < line.length() && line.charAt(i) == '\\') {
                    slashes++;
                    i++;
                }
                if (i < line.length() && line.charAt(i) == '"') {
                    current.append("\\".repeat(slashes / 2));
                    if (slashes % 2 == 1) {
                        current.append('"');
                        i++;
                    }
                } else {
                    current.append("\\".repeat(slashes));
                }
            } else if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i += 2;
                } else {
                    quoted = !quoted;
                    i++;
                }
            } else {
                current.append(c);
                i++;
            }
        }
        if (inArgument) {
            out.add(current.toString());
        }
        return out;
    }
}
