package plan.render.pdf;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import plan.render.TableCaptions;

/**
 * The headings of the document body, known before typesetting (the table of contents comes first)
 * and the pages they landed on, filled in by {@link PageDecorator} while a pass is written. The
 * official look's list of tables is such a list too: its entries are the tables' captions, as the
 * Markdown's list of tables names them ({@link #tables}), each landing where its caption is drawn.
 */
final class Headings {
    /** A body heading; {@code destination} is the PDF named destination the TOC links to. */
    record Entry(int level, String text, String destination) {
    }

    private final List<Entry> entries;
    /** The list's own title where it is printed as a list of its own (สารบัญตาราง), else null. */
    private final String title;
    private final int[] pages;
    /** What each page is called where it differs from its number (front matter ก ข ค), else null. */
    private final String[] labels;

    private Headings(List<Entry> entries) {
        this(entries, null);
    }

    private Headings(List<Entry> entries, String title) {
        this.entries = List.copyOf(entries);
        this.title = title;
        this.pages = new int[entries.size()];
        this.labels = new String[entries.size()];
    }

    /**
     * The body starts after the template's title block, which ends at the first thematic break;
     * the cover page replaces that block. A document without a break (a results report, a
     * roll-up) that opens with a level-1 heading has that heading as its title, which the cover
     * prints: its body starts after it, where it was a part's separator page of its own. Else
     * the whole document is body.
     */
    static Node bodyStart(com.vladsch.flexmark.util.ast.Document markdown) {
        for (Node n = markdown.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ThematicBreak) {
                return n.getNext();
            }
        }
        Node first = markdown.getFirstChild();
        return first instanceof Heading h && h.getLevel() == 1 ? first.getNext() : first;
    }

    static Headings of(com.vladsch.flexmark.util.ast.Document markdown) {
        List<Entry> list = new ArrayList<>();
        for (Node n = bodyStart(markdown); n != null; n = n.getNext()) {
            // The list of tables is printed apart, after the contents, and listed in neither.
            if (n instanceof Heading h && !TableCaptions.isListHeading(h)) {
                String text = Inlines.of(h, List.of()).plainText().strip();
                list.add(new Entry(h.getLevel(), text, "_h" + (list.size() + 1)));
            }
        }
        return new Headings(list);
    }

    /**
     * The tables the Markdown's list of tables names, in its order: each entry's text is the
     * caption as listed ("ตารางที่ 1 ตัวชี้วัด …"), its destination the caption's anchor
     * ({@code table-1}). Empty when the document has no list of tables.
     */
    static Headings tables(com.vladsch.flexmark.util.ast.Document markdown) {
        for (Node n = bodyStart(markdown); n != null; n = n.getNext()) {
            BulletList list = TableCaptions.list(n);
            if (list == null) {
                continue;
            }
            List<Entry> out = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                Link link = item.getFirstChild() == null ? null
                        : (Link) item.getFirstChild().getChildOfType(Link.class);
                if (link != null && link.getUrl().startsWith("#" + TableCaptions.ANCHOR_PREFIX)) {
                    String text = Inlines.of(item.getFirstChild(), List.of()).plainText().strip();
                    out.add(new Entry(0, text, link.getUrl().toString().substring(1)));
                }
            }
            return new Headings(out, Inlines.of(n, List.of()).plainText().strip());
        }
        return new Headings(List.of());
    }

    /** A copy with no pages recorded, for the next pass. */
    Headings fresh() {
        return new Headings(entries, title);
    }

    /** What the list is called when it is printed as a list of its own (see {@link #tables}), else null. */
    String title() {
        return title;
    }

    /** The entry that leads to the named destination {@code destination}, or -1. */
    int indexOf(String destination) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).destination().equals(destination)) {
                return i;
            }
        }
        return -1;
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
