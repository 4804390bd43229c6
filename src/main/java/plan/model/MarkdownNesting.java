package plan.model;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How deep the Markdown of one field nests, read from its lines without parsing: quotations and
 * list items in one another ({@code > > - x}, lists indented under lists) and emphasis markers
 * in long runs ({@code *****word*****}). Deep nesting is no use on a page and costs a Markdown
 * parser and renderer stack and time without end, so the format limits it: {@code check}
 * reports what goes past {@link #MAX_DEPTH}, and rendering first {@link #flattened flattens} the
 * same places, so a plan that gets through anyway (a waiver) still renders every word.
 *
 * <p>Reading lines is linear and cannot fail, unlike parsing, and it follows CommonMark closely
 * enough for what matters here: a list item at a column inside an open item's text nests in
 * it, one at a smaller column closes it; a line without a marker (lazy text) changes nothing.
 */
public final class MarkdownNesting {
    /** Quotations and lists in one another: a page shows no more. */
    public static final int MAX_DEPTH = 8;
    /** Emphasis markers in one run: {@code ***x***} is bold italic; 16 would be eight levels. */
    public static final int MAX_EMPHASIS_RUN = 2 * MAX_DEPTH;
    /**
     * A run of one marker character, spaces aside, longer than this is shown as the characters
     * themselves: a parser's thematic-break and code-span matching take stack or quadratic time on
     * such runs, and no real text needs them as markup.
     */
    static final int MAX_MARKER_RUN = 64;
    /**
     * Cells in one table row: a parser matches a table's rows cell by cell with a regular
     * expression whose stack grows with each, and overflows at some hundreds; a page shows far
     * fewer. A line with more cells is reported, and rendered as text (its bars escaped).
     */
    public static final int MAX_TABLE_CELLS = 64;

    /** What goes too deep, and where: a char index into the text. */
    public record Finding(Kind kind, int index) {
    }

    public enum Kind { BLOCKS, EMPHASIS, TABLE }

    private MarkdownNesting() {
    }

    /** The first place in {@code markdown} that nests deeper than the limits, or null. */
    public static Finding firstTooDeep(String markdown) {
        int[] blocks = {-1};
        walkLines(markdown, (lineStart, marker, depth) -> {
            if (depth > MAX_DEPTH && blocks[0] < 0) {
                blocks[0] = marker;
            }
            return false;
        });
        int emphasis = firstLongEmphasisRun(markdown);
        if (blocks[0] >= 0 && (emphasis < 0 || blocks[0] <= emphasis)) {
            return new Finding(Kind.BLOCKS, blocks[0]);
        }
        if (emphasis >= 0) {
            return new Finding(Kind.EMPHASIS, emphasis);
        }
        int wide = firstWideTableLine(markdown);
        return wide >= 0 ? new Finding(Kind.TABLE, wide) : null;
    }

    /**
     * {@code markdown} with every place that goes too deep made plain text: a quotation or list
     * marker past the limit and any run of marker characters longer than {@link #MAX_MARKER_RUN}
     * get a backslash, so they show as written. Every word stays; text within the limits is
     * returned unchanged.
     */
    public static String flattened(String markdown) {
        String out = escapeWideTableLines(escapeLongRuns(markdown));
        StringBuilder b = new StringBuilder(out);
        Deque<Integer> escapes = new ArrayDeque<>();
        walkLines(out, (lineStart, marker, depth) -> {
            if (depth > MAX_DEPTH) {
                escapes.push(marker);
                return true; // the rest of the line is text now
            }
            return false;
        });
        // Insert from the end, so earlier indexes stay valid.
        while (!escapes.isEmpty()) {
            int at = escapes.pop();
            char c = b.charAt(at);
            if (Character.isDigit(c)) { // an ordered marker: escape its '.' or ')'
                while (Character.isDigit(b.charAt(at))) {
                    at++;
                }
            }
            b.insert(at, '\\');
        }
        return b.toString();
    }

    /** The start of the first line with more than {@link #MAX_TABLE_CELLS} cells' bars, or -1. */
    private static int firstWideTableLine(String text) {
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (bars(text, start, end) > MAX_TABLE_CELLS + 1) {
                return start;
            }
            start = end + 1;
        }
        return -1;
    }

    /** Unescaped {@code |} between {@code start} and {@code end}. */
    private static int bars(String text, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                n++;
            }
        }
        return n;
    }

    /** Every line too wide for a table with its bars escaped: text, not a table. Others unchanged. */
    private static String escapeWideTableLines(String text) {
        if (firstWideTableLine(text) < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 256);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            boolean wide = bars(text, start, end) > MAX_TABLE_CELLS + 1;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < end) {
                    b.append(c).append(text.charAt(++i));
                    continue;
                }
                if (wide && c == '|') {
                    b.append('\\');
                }
                b.append(c);
            }
            if (end < text.length()) {
                b.append('\n');
            }
            start = end + 1;
        }
        return b.toString();
    }

    /** Called for each container marker of a line with the depth it opens; true stops the line. */
    private interface MarkerVisitor {
        boolean visit(int lineStart, int marker, int depth);
    }

    private static void walkLines(String text, MarkerVisitor visitor) {
        // Content columns of the list items open at the end of the previous line.
        Deque<Integer> open = new ArrayDeque<>();
        boolean previousBlank = false;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            previousBlank = line(text, start, end, open, previousBlank, visitor);
            start = end + 1;
        }
    }

    /** One line: its quotation markers, then its list markers; returns whether it is blank. */
    private static boolean line(String text, int start, int end, Deque<Integer> open, boolean previousBlank,
                                MarkerVisitor visitor) {
        int i = start;
        int quotes = 0;
        // Quotation markers: up to three spaces, '>', one optional space; repeated.
        while (true) {
            int j = skipSpaces(text, i, end, 3);
            if (j < end && text.charAt(j) == '>') {
                quotes++;
                if (visitor.visit(start, j, quotes + open.size())) {
                    return false;
                }
                i = j + 1;
                if (i < end && text.charAt(i) == ' ') {
                    i++;
                }
            } else {
                break;
            }
        }
        int lineFrom = i;
        int column = 0;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            column = text.charAt(i) == '\t' ? column + 4 - column % 4 : column + 1;
            i++;
        }
        if (i >= end) {
            return true; // blank: lists stay open, the next line decides
        }
        int width = markerWidth(text, i, end);
        if (width == 0) {
            if (previousBlank) { // text after a blank line belongs to the items it is indented under
                while (!open.isEmpty() && open.peek() > column) {
                    open.pop();
                }
            }
            return false;
        }
        while (!open.isEmpty() && open.peek() > column) {
            open.pop();
        }
        // One or more list markers on the line: "- - x" nests twice.
        while (width > 0) {
            int after = i + width;
            int spaces = 0;
            while (after + spaces < end && text.charAt(after + spaces) == ' ' && spaces < 4) {
                spaces++;
            }
            int contentColumn = column + width + Math.max(1, spaces);
            open.push(contentColumn);
            if (visitor.visit(start, i, quotes + open.size())) {
                return false;
            }
            column = contentColumn;
            i = after + spaces;
            width = markerWidth(text, i, end);
        }
        return false;
    }

    private static int skipSpaces(String text, int i, int end, int max) {
        int n = 0;
        while (i < end && n < max && text.charAt(i) == ' ') {
            i++;
            n++;
        }
        return i;
    }

    /** Width of a list marker at {@code i} ("-", "+", "*", "12.", "3)") followed by a space or the end, else 0. */
    private static int markerWidth(String text, int i, int end) {
        if (i >= end) {
            return 0;
        }
        char c = text.charAt(i);
        int after;
        if (c == '-' || c == '+' || c == '*') {
            after = i + 1;
        } else {
            int j = i;
            while (j < end && j - i < 9 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                j++;
            }
            if (j == i || j >= end || text.charAt(j) != '.' && text.charAt(j) != ')') {
                return 0;
            }
            after = j + 1;
        }
        if (after < end && text.charAt(after) != ' ' && text.charAt(after) != '\t' && text.charAt(after) != '\r') {
            return 0;
        }
        return after - i;
    }

    /**
     * Index of the first run of '*', '_' or '~' longer than {@link #MAX_EMPHASIS_RUN} that can
     * open or close emphasis (it touches a character that is not a space), or -1. Runs between
     * spaces, such as a line of underscores to sign on, are text and pass.
     */
    private static int firstLongEmphasisRun(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '*' && c != '_' && c != '~') {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && text.charAt(j) == c) {
                j++;
            }
            if (j - i > MAX_EMPHASIS_RUN && (!isSpace(text, i - 1) || !isSpace(text, j))) {
                return i;
            }
            i = j;
        }
        return -1;
    }

    private static boolean isSpace(String text, int i) {
        return i < 0 || i >= text.length() || Character.isWhitespace(text.charAt(i));
    }

    /** Every character of a run of one marker character (spaces between allowed) past the limit, escaped. */
    private static String escapeLongRuns(String text) {
        StringBuilder b = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ("*_-~`=#+".indexOf(c) < 0) {
                i++;
                continue;
            }
            int count = 0;
            int j = i;
            while (j < text.length() && (text.charAt(j) == c || text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                if (text.charAt(j) == c) {
                    count++;
                }
                j++;
            }
            if (count > MAX_MARKER_RUN) {
                if (b == null) {
                    b = new StringBuilder(text.length() + 2 * count);
                }
                b.append(text, copied, i);
                for (int k = i; k < j; k++) {
                    if (text.charAt(k) == c) {
                        b.append('\\');
                    }
                    b.append(text.charAt(k));
                }
                copied = j;
            }
            i = j;
        }
        return b == null ? text : b.append(text, copied, text.length()).toString();
    }
}
