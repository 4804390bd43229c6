package plan.load;

/**
 * The characters a plan's text may not hold, written raw or as a YAML escape ({@code "\0"},
 * {@code "\e"}, {@code "\x9b"}, {@code "\uD800"}): C0 and C1 controls, which drive terminals
 * and break files (a NUL in the Markdown); noncharacters; surrogates without their pair; and the
 * YAML 1.1 line breaks NEL, LS and PS, which editors and SnakeYAML count differently.
 */
final class ControlCharacters {
    private ControlCharacters() {
    }

    /** In a value, after unescaping: tab and line feed are text; nothing else below space is. */
    static boolean forbiddenInValue(int c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n';
        }
        return c >= 0x7f && c <= 0x9f
                || c >= 0xD800 && c <= 0xDFFF // only an unpaired one reaches a code point walk
                || c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE
                || c == 0x2028 || c == 0x2029;
    }

    /** In the file as written: also carriage returns, which end lines (CRLF). */
    static boolean forbiddenInFile(int c) {
        return c != '\r' && forbiddenInValue(c);
    }

    /**
     * A char that is allowed anywhere and counts as one column, told without looking at code points:
     * printable ASCII and everything from U+00A0 below the line separators (Thai included), which
     * is nearly all of a plan's text.
     */
    static boolean isPlain(char c) {
        return c >= 0x20 && c < 0x7f || c >= 0xa0 && c < 0x2028;
    }

    /** The first forbidden code point of a value, or -1. */
    static int firstInValue(String s) {
        for (int i = 0; i < s.length(); ) {
            if (isPlain(s.charAt(i))) {
                i++;
                continue;
            }
            int c = s.codePointAt(i);
            if (forbiddenInValue(c)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }
}
