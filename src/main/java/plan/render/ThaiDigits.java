package plan.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arabic to Thai digits (๐–๙): the one way every document of a plan written with {@code digits:
 * thai} gets its numbers, the Markdown (and so the HTML and PDF typeset from it), the PDF's cover,
 * running heads, page numbers and list numbers alike. Sources keep what the author typed, so
 * search and copy in the source work; link destinations, anchors, autolinks and code keep their
 * digits, so that links still resolve and code reads as written.
 */
public final class ThaiDigits {
    /**
     * Spans of Markdown that must keep their digits: link destinations, anchor tags, autolinks and
     * web addresses written out, code spans and fenced code, and ordered list markers (a list numbered in Thai digits is no
     * list to CommonMark: each renderer numbers lists in the document's digits itself).
     */
    static final Pattern KEEP = Pattern.compile(
            "\\]\\([^)]*\\)|<a id=\"[^\"]*\"></a>|<[a-zA-Z][a-zA-Z0-9+.-]*:[^>\\s]*>|\\b(?:https?|ftp)://[^\\s<>|()\\[\\]]+|^ {0,3}(`{3,}|~{3,})[^\\n]*\\n(?s:.*?)^ {0,3}\\1[^\\n]*$"
                    + "|`[^`]*`|^\\s*\\d+[.)] ",
            Pattern.MULTILINE);

    private ThaiDigits() {
    }

    /** Every digit 0–9 of {@code s} as its Thai digit. */
    public static String of(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
                b.append((char) ('\u0E50' + (c - '0')));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** {@code s} in Thai digits when {@code thai}, else as it is. */
    public static String of(String s, boolean thai) {
        return thai ? of(s) : s;
    }

    /** A number in Thai digits when {@code thai}: a page number, a list item's number. */
    public static String number(int n, boolean thai) {
        return of(Integer.toString(n), thai);
    }

    /**
     * Converts digits in {@code markdown} outside the spans that must keep them. The spans are
     * looked for only where one can start (see {@link #mayStartKept}): searching for them at every
     * character took 3 ms of a plan's official document (C1 code tries each of the pattern's
     * alternatives there), the scan below a tenth of that, with the same matches.
     */
    public static String inMarkdown(String markdown) {
        int n = markdown.length();
        // Transparent, non-anchoring bounds: the pattern judges ^ and \b by the text around the
        // region as find() does, so a match here is the match find() would report at i.
        Matcher m = KEEP.matcher(markdown).useTransparentBounds(true).useAnchoringBounds(false);
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < n; i++) {
            char c = markdown.charAt(i);
            if (mayStartKept(markdown, i, c) && m.region(i, n).lookingAt()) {
                i = m.end() - 1; // every alternative matches at least one character
                continue;
            }
            if (c >= '0' && c <= '9') {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(markdown, copied, i).append((char) ('\u0E50' + (c - '0')));
                copied = i + 1;
            }
        }
        return out == null ? markdown : out.append(markdown, copied, n).toString();
    }

    /**
     * True where a span of {@link #KEEP} may begin: each alternative starts with one of these
     * characters or at a line's start (for MULTILINE's ^, after any line terminator).
     */
    private static boolean mayStartKept(String s, int i, char c) {
        return switch (c) {
            case ']', '<', '`', 'h', 'f' -> true;
            default -> i == 0 || switch (s.charAt(i - 1)) {
                case '\n', '\r', '\u0085', '\u2028', '\u2029' -> true;
                default -> false;
            };
        };
    }
}
