package plan.workspace;

import java.util.List;

import plan.diag.Diagnostic;
import plan.diag.Source;
import plan.model.Framework;
import plan.model.Plan;

/**
 * One file of a workspace after checking: its text, its plan or framework (each null where it could
 * not be bound or the file is of the other kind) and its diagnostics, those of the file itself in position order, then those of rules across
 * files that no setting can turn off.
 */
public record FileReport(String path, Source source, Plan plan, Framework framework, List<Diagnostic> diagnostics) {
    public FileReport {
        diagnostics = List.copyOf(diagnostics);
    }
}
