package plan.app;

import java.util.List;

import plan.app.check.PlanChecker;
import plan.cache.CheckCache;
import plan.load.Limits;
import plan.model.Plan;
import plan.model.Results;
import plan.render.site.PlanSummary;
import plan.cache.CheckMemo;
import plan.workspace.Workspace;

/**
 * The checker of {@code plan build} and {@code plan serve}: it keeps each plan's index row (its
 * {@link PlanSummary}) beside the plan's check result, so that a rebuild makes the site index and
 * the render keys of unchanged plans without their models. The build says what to keep; the
 * check knows nothing of the site.
 */
public final class BuildChecker {
    private BuildChecker() {
    }

    /** A checker that remembers each file's own result, with its index row, in {@code cache} (none when null). */
    public static PlanChecker of(Limits limits, CheckCache cache) {
        return new PlanChecker(limits, cache == null ? CheckMemo.NONE : cache, cache == null ? "" : cache.identity(), SITE);
    }

    /** A checker that keeps each plan's index row, as {@link #of(Limits, CheckCache)} does, in {@code memo}. */
    public static PlanChecker of(Limits limits, CheckMemo memo, String identity) {
        return new PlanChecker(limits, memo, identity, SITE);
    }

    /** The site's rows: a plan's index row, and a clean results file's line in the index. */
    private static final Workspace.Summarizer SITE = new Workspace.Summarizer() {
        @Override
        public List<String> summary(Plan plan) {
            return indexRow(plan);
        }

        @Override
        public String latestResults(Plan plan, Results results) {
            return PlanSummary.latestResults(plan, results);
        }
    };

    /**
     * What the site keeps of a plan beside its check result; none when the plan's words cannot be
     * summed up (its index row is then made from the model, as it would have been without a cache).
     */
    static List<String> indexRow(Plan plan) {
        try {
            return PlanSummary.of(plan).fields();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
