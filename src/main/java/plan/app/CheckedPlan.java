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
public final class CheckedPlan {
    private final PlanFile file;
    private final Held held;
    private final ProjectConfig config;
    private final List<Diagnostic> diagnostics;

    public CheckedPlan(PlanFile file, Source source, Plan plan, ProjectConfig config, List<Diagnostic> diagnostics) {
        this(file, Held.of(source, plan, null), config, diagnostics);
    }

    CheckedPlan(PlanFile file, Held held, ProjectConfig config, List<Diagnostic> diagnostics) {
        this.file = file;
        this.held = held;
        this.config = config;
        this.diagnostics = List.copyOf(diagnostics);
    }

    public PlanFile file() {
        return file;
    }

    public Source source() {
        return held.source();
    }

    public Plan plan() {
        return held.plan();
    }

    public ProjectConfig config() {
        return config;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public boolean hasErrors() {
        return !held.hasPlan() || count(Severity.ERROR) > 0;
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
