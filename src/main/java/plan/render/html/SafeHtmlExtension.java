package plan.render.html;

import java.util.Set;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;

import plan.render.markdown.UrlPolicy;

/**
 * flexmark rendering with our own rules for the risky parts: every raw HTML node is written as
 * text except the template's item anchors, which become ids (on the heading they open, or an
 * empty span); links and images whose destination the URL policy refuses lose it.
 */
final class SafeHtmlExtension implements HtmlRenderer.HtmlRendererExtension {
    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(RawHtmlAsText::new);
        builder.nodeRendererFactory(PlainTextNodes::new);
        builder.nodeRendererFactory(BarChart::new);
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return SafeHtmlExtension::attributes;
            }
        });
    }

    private static void attributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Heading && part == AttributablePart.NODE) {
            String id = AnchorTags.idOf(node.getFirstChild());
            if (id != null) {
                attributes.replaceValue("id", id);
            }
        } else if (node instanceof TableCell && attributes.contains("align")) {
            // HTML5 has no align attribute (the Nu checker rejects it): the stylesheet aligns by class.
            String align = attributes.getValue("align");
            attributes.remove("align");
            attributes.addValue("class", "align-" + align);
        } else if (node instanceof Link && part == AttributablePart.LINK && !allowed(attributes, "href")) {
            attributes.remove("href");
        } else if (node instanceof Image && part == AttributablePart.LINK && !allowed(attributes, "src")) {
            attributes.remove("src");
        }
    }

    private static boolean allowed(MutableAttributes attributes, String name) {
        return !attributes.contains(name) || UrlPolicy.allows(attributes.getValue(name));
    }

    /** Raw HTML shown as text; item anchors turned into ids. */
    static final class RawHtmlAsText implements NodeRenderer {
        RawHtmlAsText(DataHolder options) {
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(HtmlInline.class, RawHtmlAsText::inline),
                    new NodeRenderingHandler<>(HtmlInlineComment.class, (n, c, html) -> html.text(n.getChars())),
                    new NodeRenderingHandler<>(HtmlBlock.class, RawHtmlAsText::block),
                    new NodeRenderingHandler<>(HtmlCommentBlock.class, RawHtmlAsText::block),
                    // HTML5 void elements without flexmark's XHTML " />" (the Nu checker warns of it).
                    new NodeRenderingHandler<>(ThematicBreak.class, (n, c, html) -> html.raw("<hr>").line()),
                    new NodeRenderingHandler<>(HardLineBreak.class, (n, c, html) -> html.raw("<br>").line()));
        }

        private static void inline(HtmlInline node, NodeRendererContext context, HtmlWriter html) {
            String id = AnchorTags.idOf(node);
            if (id != null) {
                if (!(node.getParent() instanceof Heading && node.getPrevious() == null)) {
                    html.attr("id", id).withAttr().tag("span").tag("/span");
                }
            } else if (!AnchorTags.isCloseOfAnchor(node)) {
                html.text(node.getChars());
            }
        }

        private static void block(Node node, NodeRendererContext context, HtmlWriter html) {
            html.tag("p").text(node.getChars().trimEnd()).tag("/p").line();
        }
    }
}
