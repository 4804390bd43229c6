package plan.diff;

import java.io.PrintWriter;
import java.util.List;

import plan.diag.Messages;
import plan.diag.Printable;

/**
 * {@code --format text}, for a terminal: one line a change, marked {@code ~ + - ↕}, with a
 * word-level diff of a reworded text. On a terminal removed words are red and added ones green;
 * elsewhere (a log, a pipe) they are written {@code [-old-]{+new+}} as {@code git diff --word-diff}.
 */
final class TextChanges implements ChangePrinter {
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private final Messages messages;
    private final boolean color;

    TextChanges(Messages messages, boolean color) {
        this.messages = messages;
        this.color = color;
    }

    @Override
    public void print(List<Change> changes, PrintWriter out) {
        String plan = null;
        for (Change c : changes) {
            if (!c.plan().equals(plan)) {
                plan = c.plan();
                out.println(paint(BOLD, safe(c.plan()) + (c.file() != null ? " (" + safe(c.file()) + ")" : "")));
            }
            out.println("  " + mark(c) + " " + safe(c.id()) + " " + safe(ChangePhrases.part(c, messages)) + body(c));
        }
        out.println(ChangePhrases.summary(changes, messages));
        out.flush();
    }

    private String mark(Change c) {
        return switch (c.kind()) {
            case ADDED -> paint(GREEN, "+");
            case REMOVED -> paint(RED, "-");
            case CHANGED -> paint(YELLOW, "~");
            case MOVED -> paint(YELLOW, "↕");
        };
    }

    private String body(Change c) {
        return switch (c.kind()) {
            case ADDED -> c.now() == null ? "" : ": " + paint(GREEN, safe(c.now()));
            case REMOVED -> c.old() == null ? "" : ": " + paint(RED, safe(c.old()));
            case MOVED -> ": " + c.old() + " → " + c.now();
            case CHANGED -> ": " + (c.text() ? words(c.old(), c.now())
                    : paint(RED, safe(c.old())) + " → " + paint(GREEN, safe(c.now())))
                    + (c.delta() != null ? " (" + ChangePhrases.delta(c.delta()) + ")" : "");
        };
    }

    private String words(String old, String now) {
        StringBuilder b = new StringBuilder();
        for (WordDiff.Piece p : WordDiff.diff(old, now)) {
            String t = safe(p.text());
            b.append(switch (p.op()) {
                case SAME -> t;
                case REMOVED -> color ? RED + "\u001b[9m" + t + RESET : "[-" + t + "-]";
                case ADDED -> color ? GREEN + "\u001b[4m" + t + RESET : "{+" + t + "+}";
            });
        }
        return b.toString();
    }

    private String paint(String code, String s) {
        return color ? code + s + RESET : s;
    }

    /** One line a change: a newline inside a text is shown, not obeyed. */
    private static String safe(String s) {
        return s == null ? "" : Printable.of(s.replace("\n", "⏎"));
    }
}
