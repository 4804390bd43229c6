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

    /** The budget of fiscal year {@code year} (its {@code years} share, else the total); 0 without a budget. */
    public Money allocated(int year) {
        return budget == null || budget.total() == null ? Money.ZERO : budget.forYear(year);
    }
}
