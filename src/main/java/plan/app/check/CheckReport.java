package plan.app.check;

import java.util.List;
import java.util.Map;

import plan.diag.Diagnostic;
import plan.diag.Severity;
import plan.diag.Source;

/**
 * The outcome of checking a set of files: each plan, each framework, every diagnostic in order,
 * and sources.
 */
public record CheckReport(List<CheckedPlan> plans, List<CheckedFramework> frameworks, List<CheckedResults> results,
                          List<Diagnostic> diagnostics, Map<String, Source> sources) {
    public CheckReport {
        plans = List.copyOf(plans);
        frameworks = List.copyOf(frameworks);
        results = List.copyOf(results);
        diagnostics = List.copyOf(diagnostics);
        // Texts asked for lazily stay so (see PlanChecker.Sources); any other map is copied.
        sources = sources instanceof PlanChecker.Sources lazy ? lazy : Map.copyOf(sources);
    }

    public CheckReport(List<CheckedPlan> plans, List<Diagnostic> diagnostics, Map<String, Source> sources) {
        this(plans, List.of(), List.of(), diagnostics, sources);
    }

    public CheckReport(List<CheckedPlan> plans, List<CheckedFramework> frameworks, List<Diagnostic> diagnostics,
                       Map<String, Source> sources) {
        this(plans, frameworks, List.of(), diagnostics, sources);
    }

    /** How many files were checked, plans, frameworks and results. */
    public int fileCount() {
        return plans.size() + frameworks.size() + results.size();
    }

    public boolean hasErrors() {
        // Loops, not streams: every run asks, and a stream's lambdas that the start-up cache's
        // training did not reach (it stopped at its first error) are made at run time.
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR) {
                return true;
            }
        }
        for (CheckedPlan p : plans) {
            if (p.hasErrors()) {
                return true;
            }
        }
        for (CheckedFramework f : frameworks) {
            if (f.hasErrors()) {
                return true;
            }
        }
        for (CheckedResults r : results) {
            if (r.hasErrors()) {
                return true;
            }
        }
        return false;
    }
}
