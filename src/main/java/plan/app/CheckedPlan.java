package plan.app;

import java.util.List;

import plan.diag.Diagnostic;
import plan.diag.Severity;
import plan.diag.Source;
import plan.model.Plan;
import plan.model.ProjectConfig;
import plan.workspace.Held;

/**
 * A plan file after checking: its model (null where it could not be bound) and findings. Text and
 * model may be held weakly and made again from the check cache (see {@link Held}), so that a
 * large build keeps in memory only the plans in hand.
 */
public record CheckedPlan(PlanFile file, Held held, ProjectConfig config, List<Diagnostic> diagnostics) {
    public CheckedPlan {
        diagnostics = List.copyOf(diagnostics);
    }

    public Source source() {
        return held.source();
    }

    public Plan plan() {
        return held.plan();
    }

    public boolean hasErrors() {
        return !held.hasPlan() || count(Severity.ERROR) > 0;
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
