package plan.render.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The one piece of raw HTML the content template writes: {@code <a id="S1"></a>}, an item's
 * stable anchor. Plan text can never produce it (its {@code <} is escaped before this stage).
 */
final class AnchorTags {
    private static final Pattern OPEN = Pattern.compile("<a id=\"([\\p{L}\\p{M}\\p{N}._-]+)\">");

    private AnchorTags() {
    }

    /** The id of an anchor's opening tag, or null. */
    static String idOf(Node node) {
        if (!(node instanceof HtmlInline)) {
            return null;
        }
        Matcher m = OPEN.matcher(node.getChars());
        return m.matches() ? m.group(1) : null;
    }

    /** The closing tag right after an anchor's opening tag. */
    static boolean isCloseOfAnchor(Node node) {
        return node instanceof HtmlInline && "</a>".contentEquals(node.getChars())
                && idOf(node.getPrevious()) != null;
    }
}
