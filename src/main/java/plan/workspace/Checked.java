package plan.workspace;

import java.util.List;

import plan.diag.Diagnostic;
import plan.diag.Source;
import plan.format.FileKind;
import plan.model.Framework;
import plan.model.Plan;

/**
 * A file checked on its own: what cross-file rules see. {@code plan} (for a plan file) or
 * {@code framework} (for a framework file) is null where binding failed or the file is of the other kind.
 * The rules across files read {@code facts}, which stay in memory when the model does not.
 * {@code contentHash} is the SHA-256 of the file's bytes where the workspace hashed them (it does
 * when it has a memo), else null.
 */
record Checked(String path, FileKind kind, ReloadableModel held, List<Diagnostic> found, CrossFileFacts facts, String contentHash) {
    Checked {
        found = List.copyOf(found);
    }

    Source source() {
        return held.source();
    }

    Plan plan() {
        return held.plan();
    }

    Framework framework() {
        return held.framework();
    }
}
