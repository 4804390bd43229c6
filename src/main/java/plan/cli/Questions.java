package plan.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Questions on a terminal, one line each; an empty answer takes the default shown in brackets. */
final class Questions {
    private final BufferedReader in;
    private final PrintWriter out;

    Questions(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    String ask(String question, String defaultAnswer) {
        out.print(question + " [" + defaultAnswer + "]: ");
        out.flush();
        try {
            String line = in.readLine();
            return line == null || line.isBlank() ? defaultAnswer : line.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
