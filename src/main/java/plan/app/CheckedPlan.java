package plan.app;

import java.util.List;

import plan.diag.Diagnostic;
import plan.diag.Severity;
import plan.diag.Source;
import plan.model.Plan;
import plan.model.ProjectConfig;

/** A plan file after checking: its model (null where it could not be bound) and findings. */
public record CheckedPlan(PlanFile file, Source source, Plan plan, ProjectConfig config,
                          List<Diagnostic> diagnostics) {
    public CheckedPlan {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return plan == null || count(Severity.ERROR) > 0;
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
