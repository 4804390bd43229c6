package plan.model;

import java.util.List;

/**
 * A results file ({@code NAME.results.yaml}): a plan's indicators and projects as they stood on
 * one day. Entries keep the order written; any part not written is null or empty.
 *
 * @param file the file as the user named it
 * @param plan the id of the plan whose results these are
 * @param asOf the day, as written ({@code 2568-03-31}); read by {@link FiscalDay}
 */
public record Results(String file, Text id, Text plan, Text asOf, List<IndicatorResult> indicators,
                      List<ProjectResult> projects, Span span) {
    public Results {
        indicators = List.copyOf(indicators);
        projects = List.copyOf(projects);
    }

    /** An indicator's measured value (a number or a text, as written) and its note. */
    public record IndicatorResult(Text id, Text value, Text note, Span span) {
    }

    /** A project's status, spending, note and what it delivered. */
    public record ProjectResult(Text id, Text status, Spent spent, Text note, List<Text> outputs, Span span) {
        public ProjectResult {
            outputs = List.copyOf(outputs);
        }
    }

    /**
     * What a project spent so far: a total, and any of its division by source, category and
     * quarter (amounts spent in each quarter, Q1 first, not running totals). Parts not written are null.
     */
    public record Spent(Money total, Budget.Split sources, Budget.Split categories, Budget.Split quarters, Span span) {
        /** The amount spent: the total, else the first part written (the check holds the parts to agree). */
        public Money amount() {
            if (total != null) {
                return total;
            }
            for (Budget.Split part : new Budget.Split[] {sources, categories, quarters}) {
                if (part != null) {
                    return part.sum();
                }
            }
            return Money.ZERO;
        }
    }

    public IndicatorResult indicator(String indicatorId) {
        return indicators.stream().filter(i -> i.id().value().equals(indicatorId)).findFirst().orElse(null);
    }

    /** What project {@code projectId} spent so far; 0 where it is not reported or reports no spending. */
    public Money spent(String projectId) {
        ProjectResult r = project(projectId);
        return r == null || r.spent() == null ? Money.ZERO : r.spent().amount();
    }

    public ProjectResult project(String projectId) {
        return projects.stream().filter(p -> p.id().value().equals(projectId)).findFirst().orElse(null);
    }
}
