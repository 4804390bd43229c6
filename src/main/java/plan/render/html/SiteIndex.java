package plan.render.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.model.Money;
import plan.render.ThaiDigits;
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
            // The row's words and figures in its plan's digits; links and file names as they are.
            boolean thai = e.thaiDigits();
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("title", ThaiDigits.of(e.title(), thai));
            p.put("organization", ThaiDigits.of(e.organization(), thai));
            p.put("period", ThaiDigits.of(e.period(), thai));
            p.put("status", e.status());
            p.put("statusText", ThaiDigits.of(e.statusText(), thai));
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
            p.put("reports", e.reports().stream().map(SiteIndex::report).toList());
            if (e.rollup() != null) {
                p.put("rollup", e.rollup().text());
                p.put("rollupPage", e.rollup().page());
            }
            p.put("projects", e.projects());
            p.put("projectsText", ThaiDigits.number(e.projects(), thai));
            p.put("budget", e.budget() == null ? "" : ThaiDigits.of(Money.format(e.budget()), thai));
            plans.add(p);
            total = e.budget() == null ? total : total.add(e.budget());
            projects += e.projects();
        }
        // The totals and the frameworks' titles in Thai digits when every row is: a build asked for
        // them (--thai-digits), or plans that all are.
        boolean thaiTotals = !entries.isEmpty() && entries.stream().allMatch(IndexEntry::thaiDigits);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", lang);
        model.put("labels", labels);
        model.put("plans", plans);
        model.put("frameworks", frameworks.stream().map(f -> {
            Map<String, String> link = new LinkedHashMap<>(f);
            link.computeIfPresent("title", (k, title) -> ThaiDigits.of(title, thaiTotals));
            return link;
        }).toList());
        // Project and budget columns only when some plan has projects: a site of strategic plans
        // without any keeps its index as it was.
        model.put("budgets", projects > 0);
        model.put("checkStatus", checkStatus);
        model.put("projects", projects);
        model.put("projectsText", ThaiDigits.number(projects, thaiTotals));
        model.put("total", ThaiDigits.of(Money.format(total), thaiTotals));
        return templates.render(TEMPLATE, model);
    }

    /** A report's link for the template: its title, page and PDF (absent where there is none). */
    private static Map<String, String> report(IndexEntry.Report r) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("title", r.title());
        out.put("page", r.page());
        if (r.pdf() != null) {
            out.put("pdf", r.pdf());
        }
        return out;
    }
}
