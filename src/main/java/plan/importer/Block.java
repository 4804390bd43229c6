package plan.importer;

import java.util.List;

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
 * @param rows         a table's cells as plain text, row by row, every row as wide as the
 *                     widest (a merged cell's text repeated in each place it covers, the
 *                     paragraphs of a cell on lines of their own); null for a paragraph
 */
public record Block(String text, int headingLevel, WordList wordList, boolean table, int line, List<List<String>> rows) {
    /** Word's own numbering: the level (0-based) and the number format (decimal, bullet, thaiNumbers...). */
    public record WordList(int level, String format) {
        public boolean bullet() {
            return "bullet".equals(format) || "none".equals(format);
        }
    }

    public Block {
        rows = rows == null ? null : rows.stream().map(List::copyOf).toList();
    }

    public Block(String text, int headingLevel, WordList wordList, boolean table, int line) {
        this(text, headingLevel, wordList, table, line, null);
    }

    public static Block paragraph(String text, int line) {
        return new Block(text, -1, null, false, line);
    }

    /** A table from its cells: the Markdown table and the cells kept for recognising what it holds. */
    public static Block table(List<List<String>> rows, int line) {
        return new Block(TableText.markdown(rows), -1, null, true, line, rows);
    }

    public boolean isHeadingStyled() {
        return headingLevel >= 1;
    }

    public boolean isTitleStyled() {
        return headingLevel == 0;
    }
}
