package plan.diag;

/**
 * Text from a plan or the file system made safe to print: control characters would move the
 * cursor, colour or clear a terminal, split a diagnostic line or a CI annotation, and bidi
 * controls would show a line in another order than it is (U+202E). Each becomes a visible
 * stand-in; nothing else changes.
 */
public final class Printable {
    private Printable() {
    }

    /** Whether a code point must not reach a terminal or log as it is. */
    public static boolean isUnsafe(int c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || Character.isSurrogate((char) c) && c <= 0xFFFF
                || isBidiControl(c) || c == 0x2028 || c == 0x2029;
    }

    /** The embedding, override, isolate and mark characters of the Unicode bidi algorithm. */
    public static boolean isBidiControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    /** Each line made printable, the line breaks kept (a message of several lines). */
    public static String lines(String s) {
        return s == null ? null : String.join("\n", s.lines().map(Printable::of).toList());
    }

    /** True when no code point of {@code s} is unsafe (a loop: every line of a report passes here). */
    private static boolean allSafe(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (isUnsafe(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** C0 controls as their Unicode pictures (ESC as ␛), others as {@code <U+202E>}. */
    public static String of(String s) {
        if (s == null || allSafe(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(c -> {
            if (isUnsafe(c)) {
                b.append(standIn(c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /** What an unsafe code point shows as: a C0 control's picture (one cell), others {@code <U+202E>}. */
    public static String standIn(int c) {
        if (c < 0x20) {
            return String.valueOf((char) (0x2400 + c));
        }
        return c == 0x7f ? "\u2421" : String.format("<U+%04X>", c);
    }
}
