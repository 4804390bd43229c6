package plan.render.site;

import java.math.BigDecimal;
import java.util.List;

import plan.model.BudgetSummary;
import plan.model.Lang;
import plan.model.Plan;
import plan.render.markdown.PeriodText;

/**
 * What the site needs of a plan besides its documents: its row of the index (title, organization,
 * period, number of projects, total budget) and its language. Small and made of strings, so a
 * build keeps it in its record beside the plan's render key ({@link #fields}) and makes the index
 * of a thousand unchanged plans without making one model again.
 *
 * @param title        the title as the reader sees it, or the plan's id where it has none
 * @param organization the organization's name as the reader sees it, or ""
 * @param period       the period in words of the plan's language, or ""
 * @param budget       the total of the projects' budgets, in baht
 */
public record PlanSummary(Lang lang, String title, String organization, String period, int projects,
                          BigDecimal budget) {
    /** The summary of a bound plan. */
    public static PlanSummary of(Plan plan) {
        String id = plan.id().value();
        return new PlanSummary(plan.lang(),
                plan.title() == null ? id : PlanText.plain(plan.title()),
                plan.organization() == null ? "" : PlanText.plain(plan.organization().name()),
                plan.period() == null ? "" : PeriodText.of(plan.period(), PlanText.labels(plan).get("year")),
                plan.projects().size(), BudgetSummary.of(plan).total().amount());
    }

    /** The summary as strings, in a fixed order ({@link #parse} reads them back). */
    public List<String> fields() {
        return List.of(lang.name(), title, organization, period, Integer.toString(projects), budget.toString());
    }

    /** The summary of {@link #fields}, or null when {@code fields} are not one (none kept, another layout). */
    public static PlanSummary parse(List<String> fields) {
        if (fields.size() != 6) {
            return null;
        }
        try {
            return new PlanSummary(Lang.valueOf(fields.get(0)), fields.get(1), fields.get(2), fields.get(3),
                    Integer.parseInt(fields.get(4)), new BigDecimal(fields.get(5)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
