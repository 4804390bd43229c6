package plan.render.pdf;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Helpers to compare what a reader copies out of the PDF with the source text. */
final class ThaiText {
    private ThaiText() {
    }

    static boolean isThaiLetter(int c) {
        return c >= 0x0E01 && c <= 0x0E5B;
    }

    static String collapse(String s) {
        return s.replaceAll("[ \\t\\u00A0]+", " ").strip();
    }

    /** Every line of text a reader should find: headings, paragraphs, list items and table cells. */
    static List<String> sourceSentences(com.vladsch.flexmark.util.ast.Document md) {
        List<String> out = new ArrayList<>();
        for (Node n = Headings.bodyStart(md); n != null; n = n.getNext()) {
            collect(n, out);
        }
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Heading || n instanceof Paragraph || n instanceof TableCell) {
            for (String line : Inlines.of(n, List.of()).plainText().split("\n")) {
                String s = collapse(line);
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
            return;
        }
        if (n instanceof com.vladsch.flexmark.ext.tables.TableSeparator) {
            return; // the |---| row
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            collect(c, out);
        }
    }

    /**
     * The page text with spaces collapsed and one '\n' per line end. A line end may stand for a
     * space the typesetter dropped at the wrap, or for nothing (Thai words have no spaces).
     */
    static String normalizePage(String page) {
        StringBuilder b = new StringBuilder();
        for (String line : page.split("\n")) {
            String l = collapse(line);
            if (!l.isEmpty()) {
                b.append(l).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * Whether the sentence occurs in the text, where every space of the sentence may be a space or
     * a line end, and a line end may fall between any two other characters. Characters, their
     * order and every space must be there: only the places of the wraps are free.
     */
    static boolean containsAllowingWraps(String text, String sentence) {
        StringBuilder re = new StringBuilder();
        int[] cps = sentence.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == ' ') {
                re.append("[ \\n]");
                continue;
            }
            re.append(Pattern.quote(new String(Character.toChars(cps[i]))));
            if (i + 1 < cps.length && cps[i + 1] != ' ') {
                re.append("\\n?");
            }
        }
        return Pattern.compile(re.toString()).matcher(text).find();
    }
}
