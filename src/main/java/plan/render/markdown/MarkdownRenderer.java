package plan.render.markdown;

import java.util.Map;

import plan.model.Framework;
import plan.model.Lang;
import plan.model.Plan;
import plan.model.Relations;
import plan.render.TemplateEngine;
import plan.render.TemplateFailure;

import plan.render.ThaiDigits;

/** A checked plan to Markdown through the content template {@code plan.md.ftl}. */
public final class MarkdownRenderer {
    public static final String TEMPLATE = "plan.md.ftl";
    /** The content template of a framework's page on the site. */
    public static final String FRAMEWORK_TEMPLATE = "framework.md.ftl";
    /** The folder of the site that holds the framework pages. */
    public static final String FRAMEWORK_FOLDER = FrameworkPage.FOLDER;

    private final TemplateEngine templates;

    public MarkdownRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    public String render(Plan plan, boolean thaiDigits) throws TemplateFailure {
        return render(plan, Relations.NONE, thaiDigits);
    }

    /** @param relations the frameworks and plans of the run, which the alignment chapter speaks of */
    public String render(Plan plan, Relations relations, boolean thaiDigits) throws TemplateFailure {
        return render(plan, relations, thaiDigits, true);
    }

    /** As above, in the official shape (the default style) or, {@code official} false, the modern one. */
    public String render(Plan plan, Relations relations, boolean thaiDigits, boolean official) throws TemplateFailure {
        Map<String, Object> model = DocumentModel.of(plan, relations, official);
        // Tidied before it is made safe too, so that the text made safe is usually the text
        // rendered, and its tree is parsed once for both (see MarkdownParser.parse). For that the
        // digits are made Thai before, not after: the tree of the text made safe is then the
        // tree rendered, where converting after cost a second parse (4 ms a plan). The digits the
        // conversion keeps (links, anchors, code) are those the safety edits judge.
        String rendered = tidy(templates.render(TEMPLATE, model));
        return tidy(SafeMarkdown.document(thaiDigits ? ThaiDigits.inMarkdown(rendered) : rendered));
    }

    /** A framework's page: its items and what aligns with each, as Markdown. */
    public String renderFramework(Framework framework, AlignmentIndex index, Lang lang) throws TemplateFailure {
        return tidy(SafeMarkdown.document(tidy(templates.render(FRAMEWORK_TEMPLATE,
                FrameworkPage.of(framework, index, lang)))));
    }

    /** One blank line between blocks and one newline at the end, whatever the template's spacing. */
    static String tidy(String markdown) {
        return (markdown.contains("\n\n\n") ? atMostTwoNewlines(markdown) : markdown).strip() + "\n";
    }

    /** Each run of three or more newlines made two (a loop: the regular expression took 0.3 ms a plan). */
    private static String atMostTwoNewlines(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        int run = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            run = c == '\n' ? run + 1 : 0;
            if (run <= 2) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
