package plan.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import plan.app.check.CheckReport;
import plan.app.check.CheckedResults;
import plan.model.FiscalDay;
import plan.model.Results;

/**
 * The results files of a build that get a report, by plan: those without errors whose plan has
 * none, each plan's in order of {@code as-of} (on a tie, by file name), so the last is the latest
 * and each one's previous is the one before it.
 */
final class ResultsOfPlans {
    private static final Comparator<CheckedResults> ORDER = Comparator
            .comparingInt((CheckedResults r) -> FiscalDay.of(r.asOf()).ordinal())
            .thenComparing(r -> r.file().path().getFileName().toString())
            .thenComparing(r -> r.file().displayPath());

    private final Map<String, List<CheckedResults>> byPlan = new HashMap<>();
    /** The results files with errors, by the plan they name: no report, but a roll-up and the index say so. */
    private final Map<String, List<CheckedResults>> failedByPlan = new HashMap<>();

    ResultsOfPlans(CheckReport report) {
        Set<String> renderable = new HashSet<>();
        report.plans().stream().filter(p -> !p.hasErrors()).forEach(p -> renderable.add(p.id()));
        for (CheckedResults r : report.results()) {
            if (!r.hasErrors() && renderable.contains(r.planId())) {
                byPlan.computeIfAbsent(r.planId(), k -> new ArrayList<>()).add(r);
            } else if (r.hasErrors() && r.planId() != null) {
                failedByPlan.computeIfAbsent(r.planId(), k -> new ArrayList<>()).add(r);
            }
        }
        byPlan.values().forEach(list -> list.sort(ORDER));
        // By file name: a file with errors may have no day to order by.
        failedByPlan.values().forEach(list -> list.sort(Comparator.comparing((CheckedResults r) -> r.file().displayPath())));
    }

    /** The results files with errors that name plan {@code planId}. */
    List<CheckedResults> failed(String planId) {
        return failedByPlan.getOrDefault(planId, List.of());
    }

    /** A plan's results with reports, oldest first. */
    List<CheckedResults> of(String planId) {
        return byPlan.getOrDefault(planId, List.of());
    }

    List<Results> models(String planId) {
        return of(planId).stream().map(CheckedResults::results).toList();
    }

    /** Every results file with a report. */
    List<CheckedResults> all() {
        return byPlan.values().stream().flatMap(List::stream).toList();
    }

    /** The plan's results just before {@code results}, or null for its first. */
    CheckedResults previous(CheckedResults results) {
        List<CheckedResults> list = of(results.planId());
        int at = list.indexOf(results);
        return at > 0 ? list.get(at - 1) : null;
    }

    /** The plan's latest results, or null. */
    CheckedResults latest(String planId) {
        List<CheckedResults> list = of(planId);
        return list.isEmpty() ? null : list.get(list.size() - 1);
    }
}
