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
 */
record Checked(String path, FileKind kind, Source source, Plan plan, Framework framework, List<Diagnostic> found) {
    Checked {
        found = List.copyOf(found);
    }
}
