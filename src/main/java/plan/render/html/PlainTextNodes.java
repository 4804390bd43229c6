package plan.render.html;

import java.util.Set;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;

import plan.render.NumberedItems;

/**
 * Text as flexmark writes it (backslash escapes and entities resolved, line ends made {@code \n},
 * then {@code & < > "} escaped), without its three regular-expression passes when the text holds
 * none of the characters they act on, as most of a plan's words do: each pass copied the text,
 * char by char through flexmark's sequences, and together they were half of writing a page.
 */
final class PlainTextNodes implements NodeRenderer {
    private final boolean numberedItems;

    PlainTextNodes(DataHolder options) {
        numberedItems = SafeHtmlExtension.NUMBERED_ITEMS.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
    }

    private void render(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        if (numberedItems && NumberedItems.startsNumberedItem(node)) {
            // A numbered item's number in a span of its own, which the stylesheet hangs in the margin.
            String number = NumberedItems.leadingNumber(chars);
            html.raw("<span class=\"num\">").raw(number).raw("</span>");
            chars = chars.subSequence(number.length());
        }
        String text = chars instanceof SubSequence && chars.getBase() instanceof String source
                ? source.substring(chars.getStartOffset(), chars.getEndOffset()) // one stretch of the source
                : chars.toString();
        if (isPlain(text)) {
            html.raw(text);
        } else {
            html.text(Escaping.normalizeEOL(chars.unescape())); // flexmark's own way (CoreNodeRenderer)
        }
    }

    /** True when unescaping, making line ends {@code \n} and escaping for HTML would each leave {@code text} as it is. */
    static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\\', '&', '\r', '<', '>', '"' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }
}
