package plan.app;

import java.util.List;

import plan.app.check.CheckedPlan;
import plan.app.check.PlanChecker;
import plan.cache.CheckCache;
import plan.cache.CheckMemo;
import plan.format.Keys;
import plan.load.Limits;
import plan.model.Plan;
import plan.model.Results;
import plan.model.Text;
import plan.render.site.PlanSummary;
import plan.workspace.Workspace;

/**
 * The checker of {@code plan build} and {@code plan serve}: it keeps beside each plan's check
 * result what the build must know before it renders (the plan's {@code digits}, which go into the
 * render key), so that a rebuild makes the render keys of unchanged plans without their models.
 * The plan's row of the site index is not the check's: the build keeps it in its own record,
 * beside the plan's render key ({@link #indexRow}). The build says what to keep; the check knows
 * nothing of the site.
 */
public final class BuildChecker {
    private BuildChecker() {
    }

    /** A checker that remembers each file's own result, with what the build keeps, in {@code cache} (none when null). */
    public static PlanChecker of(Limits limits, CheckCache cache) {
        return new PlanChecker(limits, cache == null ? CheckMemo.NONE : cache, cache == null ? "" : cache.identity(), BUILD);
    }

    /** A checker that keeps what the build needs, as {@link #of(Limits, CheckCache)} does, in {@code memo}. */
    public static PlanChecker of(Limits limits, CheckMemo memo, String identity) {
        return new PlanChecker(limits, memo, identity, BUILD);
    }

    /** What the build keeps: a plan's digits, and a clean results file's line in the index. */
    private static final Workspace.Summarizer BUILD = new Workspace.Summarizer() {
        @Override
        public List<String> summary(Plan plan) {
            return List.of(writtenDigits(plan));
        }

        @Override
        public String latestResults(Plan plan, Results results) {
            return PlanSummary.latestResults(plan, results);
        }
    };

    /** The plan's {@code digits} as written ({@code thai}, {@code arabic}), or "" where it has none. */
    private static String writtenDigits(Plan plan) {
        Text digits = plan.tree().text(Keys.DIGITS);
        return digits == null ? "" : digits.value();
    }

    /**
     * A plan's {@code digits} as written, or "": kept by the check where a build's checker checked it
     * (no model made), else read from its model; null for a file that is no plan.
     */
    static String digits(CheckedPlan checked) {
        List<String> kept = checked.facts() == null ? List.of() : checked.facts().summary();
        if (kept.size() == 1) {
            return kept.get(0);
        }
        return checked.held().hasPlan() ? writtenDigits(checked.plan()) : null;
    }

    /**
     * A plan's row of the site index, kept in the build's record beside its render key; none when
     * the plan's words cannot be summed up (its row is then made from the model, as it would have
     * been without a record).
     */
    static List<String> indexRow(Plan plan) {
        try {
            return PlanSummary.of(plan).fields();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
