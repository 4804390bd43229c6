package plan.diag;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * The default output: the contract's first line {@code PATH:LINE:COLUMN: SEVERITY[RULE]: MESSAGE},
 * then the source line with a caret under the column, a hint, and a closing count.
 */
public final class TextPrinter implements DiagnosticPrinter {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String BLUE = "\u001b[34m";

    private static final int EXCERPT_BEFORE = 60;
    private static final int EXCERPT_AFTER = 60;

    private final Messages messages;
    private final boolean color;

    public TextPrinter(Messages messages, boolean color) {
        this.messages = messages;
        this.color = color;
    }

    @Override
    public void print(List<Diagnostic> diagnostics, Map<String, Source> sources, PrintWriter out) {
        String sourceFile = null;
        Source source = null;
        for (Diagnostic d : diagnostics) {
            if (!d.file().equals(sourceFile)) { // findings come file by file: look each file up once
                sourceFile = d.file();
                source = sources.get(sourceFile);
            }
            out.println(paint(BOLD, Printable.of(d.file()) + ":" + d.line() + ":" + d.column() + ": ")
                    + paint(colorOf(d.severity()), d.severity().word() + "[" + d.rule() + "]")
                    + paint(BOLD, ": " + Printable.of(messages.format(d.message()))));
            // A note (a waived rule) is known and accepted: one line and its reason are enough.
            String line = source == null || d.severity() == Severity.NOTE ? null : source.line(d.line());
            if (line != null) {
                String number = Integer.toString(d.line());
                String gutter = " ".repeat(number.length());
                out.println(paint(BLUE, gutter + " |"));
                // A window around the caret: a line may be thousands of characters long.
                int start = Math.max(0, d.column() - 1 - EXCERPT_BEFORE);
                String shown = window(line, start, EXCERPT_BEFORE + EXCERPT_AFTER);
                String lead = start > 0 ? "…" : "";
                out.println(paint(BLUE, number + " | ") + lead + printable(shown));
                out.println(paint(BLUE, gutter + " | ") + (start > 0 ? " " : "") + padding(shown, d.column() - 1 - start)
                        + paint(colorOf(d.severity()), "^"));
            }
            if (d.hint() != null && d.severity() != Severity.NOTE) {
                out.println(paint(BLUE, "  = ") + messages.word("hint") + ": " + Printable.of(messages.format(d.hint())));
            }
            if (d.waiver() != null) {
                out.println(paint(BLUE, "  = ") + messages.word("waived") + ": " + Printable.of(d.waiver()));
            }
            out.println();
        }
    }

    /** The closing line, e.g. "2 error(s), 1 warning(s), 0 note(s) in 3 file(s)". */
    public String summary(List<Diagnostic> diagnostics, int files) {
        if (diagnostics.isEmpty()) {
            return messages.format(Message.of("summary.none", files));
        }
        return messages.format(Message.of("summary.counts", count(diagnostics, Severity.ERROR),
                count(diagnostics, Severity.WARNING), count(diagnostics, Severity.NOTE), files));
    }

    private static long count(List<Diagnostic> diagnostics, Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }

    private static String colorOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[1;33m";
            case NOTE -> "\u001b[1;36m";
        };
    }

    /** Up to {@code length} code points of {@code line} from code point {@code start}, with "…" if cut. */
    private static String window(String line, int start, int length) {
        int from = offsetOf(line, start);
        if (from >= line.length()) {
            return "";
        }
        int to = offsetOf(line, start + length);
        return line.substring(from, to) + (to < line.length() ? "…" : "");
    }

    /** The char offset of code point {@code index}, or the line's length when it has fewer. */
    private static int offsetOf(String line, int index) {
        int offset = 0;
        for (int i = 0; i < index && offset < line.length(); i++) {
            offset += Character.charCount(line.codePointAt(offset));
        }
        return offset;
    }

    /** Control characters would garble the terminal; show them as their Unicode symbols. */
    private static String printable(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                b.append("    ");
            } else if (Printable.isUnsafe(c)) {
                b.append(Printable.standIn(c)); // as wide as padding() counts it
            } else {
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }

    /**
     * Spaces that bring the caret under the code point at {@code column0}. Thai vowel and tone
     * marks take no cell of their own on a terminal, so they add no width.
     */
    static String padding(String line, int column0) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (int n = 0; n < column0 && i < line.length(); n++) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (c == '\t') {
                b.append("    ");
            } else if (Printable.isUnsafe(c)) {
                b.append(" ".repeat(Printable.standIn(c).length()));
            } else if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.FORMAT) {
                b.append(' ');
            }
        }
        return b.toString();
    }
}
