package plan.render.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import plan.model.Lang;
import plan.model.Plan;
import plan.model.Results;
import plan.model.Text;
import plan.render.ThaiDigits;
import plan.render.markdown.Labels;

/**
 * The links of a page's header ({@code page.ftlh}) to the documents around it: a plan, its own
 * PDF and Markdown, its results reports, and a report's plan and the report before it. Each is a
 * map of the words and file names the template shows.
 */
final class PageLinks {
    private PageLinks() {
    }

    /** A plan named by its title and organization (schools' plans often share a title), in the page's digits. */
    static Map<String, String> plan(Plan plan, boolean thaiDigits) {
        String title = PlanText.plain(plan.title());
        if (plan.organization() != null) {
            Text org = plan.organization().shortName() != null && !plan.organization().shortName().isBlank()
                    ? plan.organization().shortName() : plan.organization().name();
            title += " (" + PlanText.plain(org) + ")";
        }
        return Map.of("title", ThaiDigits.of(title, thaiDigits), "page", OutputFormat.HTML.fileName(plan.id().value()));
    }

    /**
     * The plan a page is made from, under what the page is of it ({@code label}: a report of it, a
     * roll-up of it), not as its parent: the template's {@code ofPlan}.
     */
    static Map<String, String> ofPlan(Plan plan, String label, boolean thaiDigits) {
        Map<String, String> link = new LinkedHashMap<>(plan(plan, thaiDigits));
        link.put("label", label);
        return link;
    }

    /**
     * The links to document {@code id}'s own PDF and Markdown among {@code formats}, those the site
     * has beside its page, under the template's {@code documents} and {@code documentsLabel}.
     */
    static Map<String, Object> ownDocuments(String id, Lang lang, Set<OutputFormat> formats) {
        List<Map<String, String>> documents = new ArrayList<>();
        for (OutputFormat format : List.of(OutputFormat.PDF, OutputFormat.MD)) {
            if (formats.contains(format)) {
                documents.add(Map.of("page", format.fileName(id),
                        "text", Labels.indexWord(lang, "document." + format.extension())));
            }
        }
        return documents.isEmpty() ? Map.of()
                : Map.of("documents", documents, "documentsLabel", Labels.indexWord(lang, "documents"));
    }

    /**
     * A plan page's links to its {@code reports} (oldest first), each by its title, with its PDF
     * where the build writes the reports' PDFs ({@code formats}): the site's only way to them.
     */
    static Map<String, Object> reports(Plan plan, List<Results> reports, Set<OutputFormat> formats, boolean thaiDigits) {
        if (reports.isEmpty()) {
            return Map.of();
        }
        List<Map<String, String>> links = new ArrayList<>();
        for (Results r : reports) {
            Map<String, String> link = new LinkedHashMap<>(report(plan, r, thaiDigits));
            if (formats.contains(OutputFormat.PDF)) {
                link.put("pdf", OutputFormat.PDF.fileName(r.id().value()));
                link.put("pdfText", Labels.indexWord(plan.lang(), "document.pdf"));
            }
            links.add(link);
        }
        return Map.of("reports", links, "reportsLabel", Labels.reportWord(plan.lang(), "title"));
    }

    /** The link to the report before this one, under the template's {@code previousReport}; none for the first. */
    static Map<String, Object> previousReport(Plan plan, Results previous, boolean thaiDigits) {
        if (previous == null) {
            return Map.of();
        }
        Map<String, String> link = new LinkedHashMap<>(report(plan, previous, thaiDigits));
        link.put("label", Labels.reportWord(plan.lang(), "previous-report"));
        return Map.of("previousReport", link);
    }

    /** A report's page, named by its title. */
    private static Map<String, String> report(Plan plan, Results results, boolean thaiDigits) {
        return Map.of("title", SiteRenderer.reportTitle(plan, results, thaiDigits),
                "page", OutputFormat.HTML.fileName(results.id().value()));
    }
}
