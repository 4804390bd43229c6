package plan.check;

import plan.diag.Source;
import plan.model.Span;
import plan.model.Text;

/**
 * Finds the line and column of one character of a text in the file it came from. A text's span
 * is where its scalar starts; block scalars and folded lines put later characters elsewhere.
 */
final class SourceSearch {
    private static final int CONTEXT = 4;

    private SourceSearch() {
    }

    /** Position of {@code text.value().charAt(index)}, or the text's own span when not found. */
    static Span locate(Source source, Text text, int index) {
        String value = text.value();
        int from = Math.max(0, index - CONTEXT);
        // Context before the character makes the match specific, but must not cross a line break.
        int nl = value.lastIndexOf('\n', index - 1);
        if (nl >= from) {
            from = nl + 1;
        }
        int end = Math.min(value.length(), index + Character.charCount(value.codePointAt(index)));
        // Context after it too, where the text repeats itself (the ninth "- " of a list); when that
        // is not found as written (an escape, a folded line), the character and what precedes it.
        int after = Math.min(value.length(), end + 2 * CONTEXT);
        int lineEnd = value.indexOf('\n', end);
        if (lineEnd >= 0 && lineEnd < after) {
            after = lineEnd;
        }
        Span found = find(source, text, value.substring(from, after), index - from);
        if (found == null && after > end) {
            found = find(source, text, value.substring(from, end), index - from);
        }
        return found != null ? found : text.span();
    }

    private static Span find(Source source, Text text, String needle, int offset) {
        int first = Math.max(1, text.span().line());
        for (int line = first; line <= source.lines().size(); line++) {
            String l = source.line(line);
            int start = line == first ? Math.max(0, codeUnitIndex(l, text.span().column() - 1)) : 0;
            int at = l.indexOf(needle, Math.min(start, l.length()));
            if (at >= 0) {
                return new Span(text.span().file(), line, l.codePointCount(0, at + offset) + 1);
            }
        }
        return null;
    }

    private static int codeUnitIndex(String line, int codePoints) {
        try {
            return line.offsetByCodePoints(0, Math.min(codePoints, line.codePointCount(0, line.length())));
        } catch (IndexOutOfBoundsException e) {
            return 0;
        }
    }
}
