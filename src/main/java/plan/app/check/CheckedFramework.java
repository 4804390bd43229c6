package plan.app.check;

import java.util.List;

import plan.diag.Diagnostic;
import plan.diag.Severity;
import plan.diag.Source;
import plan.model.Framework;

/**
 * A framework file after checking: its model (null where it could not be bound) and findings;
 * {@code contentHash} is the SHA-256 of its bytes where the check hashed them, else null.
 */
public record CheckedFramework(PlanFile file, Source source, Framework framework, List<Diagnostic> diagnostics,
                               String contentHash) {
    public CheckedFramework {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return framework == null || diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
