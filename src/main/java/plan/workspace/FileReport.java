package plan.workspace;

import java.util.List;

import plan.diag.Diagnostic;
import plan.diag.Source;
import plan.model.Framework;
import plan.model.Plan;

/**
 * One file of a workspace after checking: its text, its plan or framework (each null where it could
 * not be bound or the file is of the other kind) and its diagnostics, those of the file itself in
 * position order, then those of rules across files that no setting can turn off. Text and model
 * may be held weakly (see {@link ReloadableModel}); {@code facts} are known without them, as is
 * {@code contentHash}, the SHA-256 of the file's bytes where the workspace hashed them (null
 * otherwise: a workspace without a memo does not).
 */
public record FileReport(String path, ReloadableModel held, List<Diagnostic> diagnostics, CrossFileFacts facts, String contentHash) {
    public FileReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public Source source() {
        return held.source();
    }

    public Plan plan() {
        return held.plan();
    }

    public Framework framework() {
        return held.framework();
    }
}
