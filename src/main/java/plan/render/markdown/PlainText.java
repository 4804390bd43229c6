package plan.render.markdown;

import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

/**
 * Inline Markdown as the reader sees it, without markup: for titles, names and labels where
 * Markdown cannot be shown (the PDF's cover and metadata, links on the site).
 *
 * <p>Most such texts are words and ordinary punctuation that no Markdown parser reads as
 * markup; for them the answer is the text itself, stripped, and the parser is not asked. Its set-up
 * for each text cost more than parsing a title (about 0.2 ms under the quick compiler), a plan has
 * a handful of them, and each of them is made more than once. {@code PlainTextTest} compares this
 * shortcut with the parser over many strings and every field of the repository's plans.
 */
public final class PlainText {
    private PlainText() {
    }

    /** The words of {@code markdown} (one field's inline Markdown), stripped. */
    public static String of(String markdown) {
        if (isLiteral(markdown)) {
            return markdown.strip();
        }
        return new TextCollectingVisitor().collectAndGetText(MarkdownParser.parse(markdown)).strip();
    }

    /**
     * True when {@code text} is one paragraph of plain words to every Markdown reader: one line
     * whose characters are letters, digits, marks, spaces and punctuation outside Markdown's own
     * ({@code \ ` * _ ~ [ ] < > & # |} and the rest of ASCII's); it starts, after at most three
     * spaces, with a letter, a mark, non-ASCII punctuation, or digits not followed by {@code .}
     * or {@code )} (which would start a list).
     */
    static boolean isLiteral(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && text.charAt(i) == ' ') {
            i++;
        }
        if (i > 3) {
            return false; // indented code
        }
        if (i < n) {
            char first = text.charAt(i);
            if (first < 128 && !Character.isLetterOrDigit(first)) {
                return false; // a list, heading, quotation, fence, rule or tag may start here
            }
            int end = i;
            while (end < n && Character.isDigit(text.charAt(end))) {
                end++;
            }
            if (end > i && end < n && (text.charAt(end) == '.' || text.charAt(end) == ')')) {
                return false; // an ordered list
            }
        }
        for (; i < n; i++) {
            if (!isInert(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** ASCII punctuation that means nothing to Markdown after a paragraph's first character. */
    private static final String INERT_ASCII = " .,:;'\"()/?%-!@$^{}+=";

    private static boolean isInert(char c) {
        if (c < 128) {
            return Character.isLetterOrDigit(c) || INERT_ASCII.indexOf(c) >= 0;
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                 Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.DASH_PUNCTUATION,
                 Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.CONNECTOR_PUNCTUATION,
                 Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                 Character.OTHER_SYMBOL, Character.SPACE_SEPARATOR -> true;
            default -> false; // controls, format characters, surrogates, line and paragraph separators
        };
    }
}
