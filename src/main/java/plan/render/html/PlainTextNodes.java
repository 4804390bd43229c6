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

/**
 * Text as flexmark writes it (backslash escapes and entities resolved, line ends made {@code \n},
 * then {@code & < > "} escaped), without its three regular-expression passes when the text holds
 * none of the characters they act on, as most of a plan's words do: each pass copied the text,
 * char by char through flexmark's sequences, and together they were half of writing a page.
 */
final class PlainTextNodes implements NodeRenderer {
    PlainTextNodes(DataHolder options) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, PlainTextNodes::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
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
