package plan.app.check;

import java.util.List;

import plan.diag.Diagnostic;
import plan.diag.Severity;
import plan.diag.Source;
import plan.model.Plan;
import plan.model.ProjectConfig;
import plan.workspace.CrossFileFacts;
import plan.workspace.ReloadableModel;

/**
 * A plan file after checking: its model (null where it could not be bound) and findings. Text and
 * model may be held weakly and made again from the check cache (see {@link ReloadableModel}), so that a
 * large build keeps in memory only the plans in hand; {@code facts} (id, alignments, the summary
 * a build keeps) are known without them, and so is {@code contentHash}, the SHA-256 of the file's
 * bytes, where the check hashed them (a check with a cache does), else null.
 */
public record CheckedPlan(PlanFile file, ReloadableModel held, ProjectConfig config, List<Diagnostic> diagnostics,
                          CrossFileFacts facts, String contentHash) {
    public CheckedPlan {
        diagnostics = List.copyOf(diagnostics);
    }

    /** The plan's id, known without its model; null where the file is not a bound plan. */
    public String id() {
        return held.hasPlan() ? facts.id().value() : null;
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
