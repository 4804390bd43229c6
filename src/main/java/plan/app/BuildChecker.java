package plan.app;

import java.util.List;

import plan.app.check.CheckedPlan;
import plan.app.check.PlanChecker;
import plan.cache.CheckCache;
import plan.cache.CheckMemo;
import plan.format.Keys;
import plan.load.Limits;
import plan.model.Plan;
import plan.model.Text;
import plan.workspace.Workspace;

/**
 * The checker of {@code plan build} and {@code plan serve}: it keeps beside each plan's check
 * result what the build must know before it renders (the plan's {@code digits}, which go into the
 * render key), so that a rebuild makes the render keys of unchanged plans without their models.
 * The plan's row of the site index and the line of its latest results are not the check's: the
 * build keeps them in its own record, beside the render keys of the plan and of the results
 * report ({@link IndexRows}). The build says what to keep; the check knows nothing of the site.
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

    /** What the build keeps: a plan's digits, which its render keys need. */
    private static final Workspace.Summarizer BUILD = plan -> List.of(writtenDigits(plan));

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
}
