package plan.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether standard output is a terminal (colour, progress lines) rather than a pipe or CI log. */
final class Terminal {
    private Terminal() {
    }

    static boolean isInteractive() {
        Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            // Java 22+ returns a Console even when redirected; isTerminal() tells the truth there.
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a non-null console is a terminal
        }
    }
}
