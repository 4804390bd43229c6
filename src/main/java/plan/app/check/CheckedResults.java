package plan.app.check;

import java.util.List;

import plan.diag.Diagnostic;
import plan.diag.Severity;
import plan.diag.Source;
import plan.model.Results;

/**
 * A results file after checking: its model (null where it could not be bound), its findings and
 * the SHA-256 of its bytes (its report's render key).
 */
public record CheckedResults(PlanFile file, Source source, Results results, List<Diagnostic> diagnostics,
                             String contentHash) {
    public CheckedResults {
        diagnostics = List.copyOf(diagnostics);
    }

    /** The id its report is written under, known where the file was bound. */
    public String id() {
        return results == null ? null : results.id().value();
    }

    /** The plan it reports on, as written; null where the file was not bound. */
    public String planId() {
        return results == null || results.plan() == null ? null : results.plan().value();
    }

    public boolean hasErrors() {
        return results == null || diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
