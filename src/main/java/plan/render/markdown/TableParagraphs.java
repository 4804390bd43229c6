package plan.render.markdown;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Where plain CommonMark can read a text otherwise than our dialect, so that {@link SafeMarkdown}
 * need not parse a whole document twice to judge it in both.
 *
 * <p>The dialects share every block parser: tables are made afterwards from finished paragraphs,
 * and strikethrough is one more delimiter, which decides no link, tag or code span. So the two
 * readings of a text have the same blocks, and the same inlines in every paragraph but those our
 * dialect made into tables, which plain CommonMark reads as one run of inline text across the
 * cells. Each such table is taken with the lines around it up to a blank line (a paragraph ends
 * there, in both readings), which are parsed alone: that reads them as the whole text does when
 * the first of them starts a block of the document, nothing before it is open, and no link
 * reference is defined anywhere (a defined one can stop an enclosing link from forming).
 */
final class TableParagraphs {
    /** Lines of a text from {@code start}: {@code text} ends before the blank line or the end that ends them. */
    record Stretch(int start, String text) {
    }

    private TableParagraphs() {
    }

    /**
     * The stretches of {@code markdown} around its tables that plain CommonMark may read
     * otherwise, each from the start of a line to a blank line or the end; null when that cannot
     * be told without reading the whole text (a table inside a list or quotation, a link
     * reference, a carriage return). Empty when the text has no table.
     *
     * @param ours the text as our dialect parsed it
     */
    static List<Stretch> of(Document ours, String markdown) {
        if (markdown.indexOf('\r') >= 0) {
            return null; // lines end only at '\n' below
        }
        List<TableBlock> tables = new ArrayList<>();
        for (Node node : ours.getDescendants()) {
            if (node instanceof Reference) {
                return null;
            }
            if (node instanceof TableBlock table) {
                if (table.getParent() != ours) {
                    return null;
                }
                tables.add(table);
            }
        }
        List<Stretch> stretches = new ArrayList<>();
        int coveredTo = -1;
        for (TableBlock table : tables) {
            if (table.getStartOffset() < coveredTo) {
                continue; // in the stretch of the table before it
            }
            int start = lineStart(markdown, table.getStartOffset());
            while (start > 0 && !isBlank(markdown, lineStart(markdown, start - 1))) {
                start = lineStart(markdown, start - 1);
            }
            int end = lineEnd(markdown, Math.max(table.getStartOffset(), table.getEndOffset() - 1));
            while (end < markdown.length() && !isBlank(markdown, end + 1)) {
                end = lineEnd(markdown, end + 1);
            }
            if (!startsABlock(ours, markdown, start)) {
                return null;
            }
            stretches.add(new Stretch(start, markdown.substring(start, end)));
            coveredTo = end;
        }
        return stretches;
    }

    /** True when a block of the document itself (not one inside another) starts on the line at {@code start}. */
    private static boolean startsABlock(Document document, String markdown, int start) {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block.getStartOffset() >= start) {
                return lineStart(markdown, block.getStartOffset()) == start;
            }
        }
        return false;
    }

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', at - 1) + 1;
    }

    /** The offset of the '\n' ending the line at {@code at}, or the text's length. */
    private static int lineEnd(String text, int at) {
        int end = text.indexOf('\n', at);
        return end < 0 ? text.length() : end;
    }

    /** True when the line starting at {@code start} holds only spaces and tabs (CommonMark's blank line). */
    private static boolean isBlank(String text, int start) {
        for (int i = start; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }
}
