package plan.render.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;

import plan.render.TemplateEngine;
import plan.render.TemplateFailure;
import plan.render.markdown.MarkdownParser;

/** One plan page: the content Markdown as HTML inside the {@code page.ftlh} layout. */
public final class HtmlPageRenderer {
    public static final String TEMPLATE = "page.ftlh";

    private final TemplateEngine templates;
    /**
     * Made when first asked: a rebuild that renders one page or report needs one of the two, and
     * making one costs as much as rendering a page, in cold code.
     */
    private volatile HtmlRenderer modern;
    /** The official look's: numbered items hang their numbers (see {@link SafeHtmlExtension#NUMBERED_ITEMS}). */
    private volatile HtmlRenderer official;

    public HtmlPageRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    /** The renderer of the official look or of the modern one (made at most once each, whichever thread asks). */
    private HtmlRenderer renderer(boolean officialLook) {
        HtmlRenderer made = officialLook ? official : modern;
        if (made == null) {
            synchronized (this) {
                made = officialLook ? official : modern;
                if (made == null) {
                    made = build(officialLook);
                    if (officialLook) {
                        official = made;
                    } else {
                        modern = made;
                    }
                }
            }
        }
        return made;
    }

    private static HtmlRenderer build(boolean official) {
        MutableDataSet options = new MutableDataSet(MarkdownParser.options());
        options.set(SafeHtmlExtension.NUMBERED_ITEMS, official);
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESS_HTML, false);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(com.vladsch.flexmark.parser.Parser.EXTENSIONS, List.of(
                com.vladsch.flexmark.ext.tables.TablesExtension.create(),
                com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension.create(),
                new SafeHtmlExtension()));
        return HtmlRenderer.builder(options).build();
    }

    /**
     * @param page words and settings of the page: {@code lang}, {@code labels} (contents, plans),
     *             {@code thaiDigits}
     */
    public String render(Document markdown, Map<String, Object> page) throws TemplateFailure {
        Map<String, Object> model = new LinkedHashMap<>(page);
        model.put("title", titleOf(markdown));
        // Only an official page names its style (SiteRenderer's page model).
        model.put("body", renderer(plan.model.Style.OFFICIAL.word().equals(page.get("style"))).render(markdown));
        model.put("toc", contents(markdown));
        return templates.render(TEMPLATE, model);
    }

    /** The text of the first level-1 heading: the plan's title without markup. */
    static String titleOf(Document markdown) {
        for (Node n = markdown.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1) {
                return text(h);
            }
        }
        return "";
    }

    /**
     * Parts, chapters and strategies (levels 1 to 3) that carry an anchor, in document order: the
     * title, the one level-1 heading without one, is not listed.
     */
    private static List<Map<String, Object>> contents(Document markdown) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Node n = markdown.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() <= 3) {
                String id = AnchorTags.idOf(h.getFirstChild());
                if (id != null) {
                    out.add(Map.of("level", h.getLevel(), "id", id, "text", text(h)));
                }
            }
        }
        return out;
    }

    private static String text(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).strip();
    }
}
