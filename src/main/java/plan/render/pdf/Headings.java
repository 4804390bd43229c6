package plan.render.pdf;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The headings of the document body, known before typesetting (the table of contents comes first)
 * and the pages they landed on, filled in by {@link PageDecorator} while a pass is written.
 */
final class Headings {
    /** A body heading; {@code destination} is the PDF named destination the TOC links to. */
    record Entry(int level, String text, String destination) {
    }

    private final List<Entry> entries;
    private final int[] pages;
    /** What each page is called where it differs from its number (front matter ก ข ค), else null. */
    private final String[] labels;

    private Headings(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.pages = new int[entries.size()];
        this.labels = new String[entries.size()];
    }

    /**
     * The body starts after the template's title block, which ends at the first thematic break;
     * the cover page replaces that block. Without a break the whole document is body.
     */
    static Node bodyStart(com.vladsch.flexmark.util.ast.Document markdown) {
        for (Node n = markdown.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ThematicBreak) {
                return n.getNext();
            }
        }
        return markdown.getFirstChild();
    }

    static Headings of(com.vladsch.flexmark.util.ast.Document markdown) {
        List<Entry> list = new ArrayList<>();
        for (Node n = bodyStart(markdown); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                String text = Inlines.of(h, List.of()).plainText().strip();
                list.add(new Entry(h.getLevel(), text, "_h" + (list.size() + 1)));
            }
        }
        return new Headings(list);
    }

    /** A copy with no pages recorded, for the next pass. */
    Headings fresh() {
        return new Headings(entries);
    }

    List<Entry> entries() {
        return entries;
    }

    Entry get(int index) {
        return entries.get(index);
    }

    int size() {
        return entries.size();
    }

    void landedOn(int index, int page) {
        landedOn(index, page, null);
    }

    /** @param label what the page is called (ก, or 3 of a body that starts after the front matter), or null */
    void landedOn(int index, int page, String label) {
        if (pages[index] == 0) {
            pages[index] = page;
            labels[index] = label;
        }
    }

    int page(int index) {
        return pages[index];
    }

    /** The page's label where it has one, else null (the page's number is its name). */
    String label(int index) {
        return labels[index];
    }

    boolean samePages(Headings other) {
        return Arrays.equals(pages, other.pages) && Arrays.equals(labels, other.labels);
    }
}
