package plan.workspace;

import java.util.List;

import plan.diag.Diagnostic;
import plan.model.Waiver;

/**
 * Final severities of a file's findings: project settings and the plan's waivers, decided by the
 * caller (the CLI reads them from {@code plan.config.yaml}); {@link #AS_FOUND} keeps the rules'
 * defaults.
 */
@FunctionalInterface
public interface Policy {
    Policy AS_FOUND = (path, waivers, found) -> found;

    /**
     * @param waivers the plan's own waivers (what a policy may read of the plan: the model itself
     *                may not be in memory); empty where the file could not be bound
     */
    List<Diagnostic> apply(String path, List<Waiver> waivers, List<Diagnostic> found);
}
