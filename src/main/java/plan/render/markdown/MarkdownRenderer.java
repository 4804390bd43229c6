package plan.render.markdown;

import java.util.Map;

import plan.model.Plan;
import plan.render.TemplateEngine;
import plan.render.TemplateFailure;

/** A checked plan to Markdown through the content template {@code plan.md.ftl}. */
public final class MarkdownRenderer {
    public static final String TEMPLATE = "plan.md.ftl";

    private final TemplateEngine templates;

    public MarkdownRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    public String render(Plan plan, boolean thaiDigits) throws TemplateFailure {
        Map<String, Object> model = DocumentModel.of(plan);
        String markdown = SafeMarkdown.document(templates.render(TEMPLATE, model));
        // One blank line between blocks and one newline at the end, whatever the template's spacing.
        markdown = markdown.replaceAll("\\n{3,}", "\n\n").strip() + "\n";
        return thaiDigits ? ThaiDigits.inMarkdown(markdown) : markdown;
    }
}
