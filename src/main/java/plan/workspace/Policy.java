package plan.workspace;

import java.util.List;

import plan.diag.Diagnostic;
import plan.model.Plan;

/**
 * Final severities of a file's findings: project settings and the plan's waivers, decided by the
 * caller (the CLI reads them from {@code plan.config.yaml}); {@link #AS_FOUND} keeps the rules'
 * defaults.
 */
@FunctionalInterface
public interface Policy {
    Policy AS_FOUND = (path, plan, found) -> found;

    /** @param plan null where the file could not be bound */
    List<Diagnostic> apply(String path, Plan plan, List<Diagnostic> found);
}
