package plan.app;

import plan.app.check.CheckedPlan;
import plan.app.check.PlanChecker;
import plan.cache.CheckCache;
import plan.cache.CheckMemo;
import plan.format.Keys;
import plan.load.Limits;
import plan.model.Text;

/**
 * The checker of {@code plan build} and {@code plan serve}, and what the build reads of its
 * results before it renders: a plan's {@code digits}, which go into the render key and which
 * the check keeps beside each plan's result, so that a rebuild makes the render keys of
 * unchanged plans without their models. The plan's row of the site index and the line of its
 * latest results are not the check's: the build keeps them in its own record, beside the render
 * keys of the plan and of the results report ({@link IndexRows}). The check knows nothing of the site.
 */
public final class BuildChecker {
    private BuildChecker() {
    }

    /** A checker that remembers each file's own result in {@code cache} (none when null). */
    public static PlanChecker of(Limits limits, CheckCache cache) {
        return new PlanChecker(limits, cache);
    }

    /** A checker that remembers each file's own result in {@code memo}. */
    public static PlanChecker of(Limits limits, CheckMemo memo, String identity) {
        return new PlanChecker(limits, memo, identity);
    }

    /**
     * A plan's {@code digits} as written, or "": kept by the check (no model made), else read from
     * its model; null for a file that is no plan.
     */
    static String digits(CheckedPlan checked) {
        String kept = checked.facts() == null ? null : checked.facts().digits();
        if (kept != null) {
            return kept;
        }
        if (!checked.held().hasPlan()) {
            return null;
        }
        Text digits = checked.plan().tree().text(Keys.DIGITS);
        return digits == null ? "" : digits.value();
    }
}
