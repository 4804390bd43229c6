package plan.model;

import java.util.List;

/**
 * A project (โครงการ): the strategies it carries out, the goals it serves, who runs it, its years
 * (null: the plan's period), objectives, indicators, budget and activities, and the keys of the
 * Thai project form ({@code form}, null when it has none of them). Optional single parts are
 * null, lists empty.
 */
public record Project(Text id, Text title, List<Text> strategies, List<Text> goals, Text owner, Period years,
                      List<Text> objectives, List<Indicator> indicators, Budget budget, List<Activity> activities,
                      Text description, ProjectForm form, Span span) {
    public Project {
        strategies = List.copyOf(strategies);
        goals = List.copyOf(goals);
        objectives = List.copyOf(objectives);
        indicators = List.copyOf(indicators);
        activities = List.copyOf(activities);
    }

    /**
     * The budget of fiscal year {@code year} (its {@code years} share, else the total); 0 without
     * a budget, and 0 in a year outside the project's own years (a project of 2569 alone has no
     * budget in a report of 2568).
     */
    public Money allocated(int year) {
        if (budget == null || budget.total() == null || outside(year)) {
            return Money.ZERO;
        }
        return budget.forYear(year);
    }

    private boolean outside(int year) {
        return years != null && years.from() != null && years.to() != null
                && (year < years.from().value() || year > years.to().value());
    }
}
