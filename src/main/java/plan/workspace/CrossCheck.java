package plan.workspace;

import java.util.List;
import java.util.Map;

import plan.diag.Findings;
import plan.diag.Rule;

/** A rule over all files of a workspace, reporting to each file's own findings. */
interface CrossCheck {
    Rule rule();

    /**
     * False for findings no setting or waiver may soften: they come after the file's own and keep
     * their rule's severity.
     */
    default boolean policyApplies() {
        return true;
    }

    /** @param findings each file's findings for this check, by path */
    void check(List<Checked> files, Map<String, Findings> findings);
}
