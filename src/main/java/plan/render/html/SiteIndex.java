package plan.render.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.model.Money;
import plan.render.TemplateEngine;
import plan.render.TemplateFailure;

/** The site's {@code index.html}: every plan of the build, how its check went, its projects and budget. */
public final class SiteIndex {
    public static final String TEMPLATE = "index.ftlh";
    public static final String FILE = "index.html";

    private SiteIndex() {
    }

    public static String render(TemplateEngine templates, List<IndexEntry> entries, String lang,
                                Map<String, String> labels) throws TemplateFailure {
        return render(templates, entries, List.of(), lang, labels);
    }

    /** @param frameworks the framework pages, each {@code title} and {@code page} (relative to the index) */
    public static String render(TemplateEngine templates, List<IndexEntry> entries, List<Map<String, String>> frameworks,
                                String lang, Map<String, String> labels) throws TemplateFailure {
        return render(templates, entries, frameworks, lang, labels, true);
    }

    /**
     * @param checkStatus whether the index shows each plan's check status: for the office's own
     *                    preview, not for the public site
     */
    public static String render(TemplateEngine templates, List<IndexEntry> entries, List<Map<String, String>> frameworks,
                                String lang, Map<String, String> labels, boolean checkStatus) throws TemplateFailure {
        List<Map<String, Object>> plans = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int projects = 0;
        for (IndexEntry e : entries) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("title", e.title());
            p.put("organization", e.organization());
            p.put("period", e.period());
            p.put("status", e.status());
            p.put("statusText", e.statusText());
            p.put("depth", Math.min(e.depth(), 4));
            if (e.page() != null) {
                p.put("page", e.page());
            }
            if (e.pdf() != null) {
                p.put("pdf", e.pdf());
            }
            if (e.latest() != null) {
                p.put("latest", e.latest().text());
                if (e.latest().page() != null) {
                    p.put("latestPage", e.latest().page());
                }
            }
            if (e.rollup() != null) {
                p.put("rollup", e.rollup().text());
                p.put("rollupPage", e.rollup().page());
            }
            p.put("projects", e.projects());
            p.put("budget", e.budget() == null ? "" : Money.format(e.budget()));
            plans.add(p);
            total = e.budget() == null ? total : total.add(e.budget());
            projects += e.projects();
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", lang);
        model.put("labels", labels);
        model.put("plans", plans);
        model.put("frameworks", frameworks);
        // Project and budget columns only when some plan has projects: a site of strategic plans
        // without any keeps its index as it was.
        model.put("budgets", projects > 0);
        model.put("checkStatus", checkStatus);
        model.put("projects", projects);
        model.put("total", Money.format(total));
        return templates.render(TEMPLATE, model);
    }
}
