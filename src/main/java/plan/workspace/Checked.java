package plan.workspace;

import java.util.List;

import plan.diag.Diagnostic;
import plan.diag.Source;
import plan.format.FileKind;
import plan.model.Plan;

/** A file checked on its own: what cross-file rules see. {@code plan} is null where binding failed. */
record Checked(String path, FileKind kind, Source source, Plan plan, List<Diagnostic> found) {
    Checked {
        found = List.copyOf(found);
    }
}
