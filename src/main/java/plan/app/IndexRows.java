package plan.app;

import java.util.List;

import plan.model.Plan;
import plan.model.Results;
import plan.render.markdown.ResultsMarkdown;
import plan.render.site.PlanSummary;

/**
 * What the site index shows of a plan and of its latest results, as the strings a build keeps in
 * its record beside the render key of the plan and of the results report (see
 * {@link plan.app.publish.Publisher#row}): a rebuild makes the index of a thousand unchanged
 * plans without making one model again. Where a record holds none (an older record, a plan
 * another shard rendered, a live preview's first look), the index makes them from the models.
 */
final class IndexRows {
    private IndexRows() {
    }

    /**
     * A plan's row of the site index; none when the plan's words cannot be summed up (its row is
     * then made from the model, as it would have been without a record).
     */
    static List<String> plan(Plan plan) {
        try {
            return PlanSummary.of(plan).fields();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The index's line of a plan's results (indicators met of reported, budget spent of allocated,
     * as of when), in the digits of the plan's documents: kept beside the report's render key,
     * which covers the plan, the results and the digits. None when it cannot be made.
     */
    static List<String> latest(Plan plan, Results results, boolean thaiDigits) {
        try {
            return List.of(latestLine(plan, results, thaiDigits));
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** The line {@link #latest} keeps, made from the models. */
    static String latestLine(Plan plan, Results results, boolean thaiDigits) {
        return ResultsMarkdown.latest(plan, results, thaiDigits);
    }

    /** The line a row of {@link #latest} holds, or null when {@code row} is none. */
    static String latestLine(List<String> row) {
        return row.size() == 1 ? row.get(0) : null;
    }
}
