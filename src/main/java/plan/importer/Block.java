package plan.importer;

/**
 * One paragraph (or table) of the source, whatever its format.
 *
 * @param text         the paragraph's text as written (typed numbers included); a table's is a
 *                     Markdown table. Continuation lines of a text file's list item are joined
 *                     with a line break.
 * @param headingLevel 1-9 when the source marks it as a heading (a Word heading style), 0 for
 *                     the title style, -1 otherwise
 * @param wordList     the Word numbering of the paragraph, null when it has none
 * @param table        whether {@code text} is a Markdown table
 * @param line         where it starts: the line of a text file, the paragraph's number in Word
 */
public record Block(String text, int headingLevel, WordList wordList, boolean table, int line) {
    /** Word's own numbering: the level (0-based) and the number format (decimal, bullet, thaiNumbers...). */
    public record WordList(int level, String format) {
        public boolean bullet() {
            return "bullet".equals(format) || "none".equals(format);
        }
    }

    public static Block paragraph(String text, int line) {
        return new Block(text, -1, null, false, line);
    }

    public boolean isHeadingStyled() {
        return headingLevel >= 1;
    }

    public boolean isTitleStyled() {
        return headingLevel == 0;
    }
}
