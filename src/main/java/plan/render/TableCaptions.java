package plan.render;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The official look's numbered tables as the content template writes them: each table follows its
 * caption, a paragraph that starts with the anchor {@code <a id="table-n"></a>} ("ตารางที่ n" and
 * what the table shows), and the list of tables (สารบัญตาราง) is a chapter anchored
 * {@value #LIST} whose bullet list links to every caption. HTML and PDF ask here which paragraph
 * is a caption and where that list stands.
 */
public final class TableCaptions {
    /** The anchor that starts a caption: {@code table-1}, {@code table-2} … */
    public static final String ANCHOR_PREFIX = "table-";
    /** The anchor of the list of tables' heading. */
    public static final String LIST = "list-of-tables";
    private static final String CAPTION_START = "<a id=\"" + ANCHOR_PREFIX;
    private static final String LIST_ANCHOR = "<a id=\"" + LIST + "\"></a>";

    private TableCaptions() {
    }

    /** A paragraph that captions the table after it. */
    public static boolean isCaption(Node node) {
        return node instanceof Paragraph && node.getChars().startsWith(CAPTION_START);
    }

    /** The heading of the list of tables. */
    public static boolean isListHeading(Node node) {
        return node instanceof Heading && node.getChars().toString().contains(LIST_ANCHOR);
    }

    /** The list of the list of tables: the bullet list right after its heading, or null. */
    public static BulletList list(Node heading) {
        return isListHeading(heading) && heading.getNext() instanceof BulletList list ? list : null;
    }

    /** The block after the list of tables (its heading and its list), that is where the body goes on. */
    public static Node after(Node heading) {
        BulletList list = list(heading);
        return list != null ? list.getNext() : heading.getNext();
    }

    /**
     * The block a table stands under, its caption passed over: the heading whose anchor may ask
     * for a chart of the table ({@link PrintedFigures#BAR_CHART_ANCHOR_SUFFIX}).
     */
    public static Node before(Node table) {
        Node previous = table.getPrevious();
        return isCaption(previous) ? previous.getPrevious() : previous;
    }
}
