package plan.render.site;

import java.util.LinkedHashMap;
import java.util.Map;

import plan.model.Plan;
import plan.model.Text;
import plan.render.ThaiDigits;

/**
 * The links of a page's header ({@code page.ftlh}) to the plans around it: a plan, and the plan a
 * report or a roll-up is of. Each is a map of the words and file names the template shows.
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
}
