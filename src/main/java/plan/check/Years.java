package plan.check;

import java.util.ArrayList;
import java.util.List;

import plan.model.Period;
import plan.model.Plan;
import plan.model.Project;

/** Fiscal years of a plan and its projects, where they are sound enough to check against. */
final class Years {
    private Years() {
    }

    /** A period within the format's years, from no later than to; other periods are the period rule's to report. */
    static boolean sound(Period p) {
        return p != null && inRange(p.from().value()) && inRange(p.to().value()) && p.from().value() <= p.to().value();
    }

    static boolean inRange(int year) {
        return year >= PeriodCheck.FIRST && year <= PeriodCheck.LAST;
    }

    /** The years a project runs: its own when sound, else the plan's; null when neither is. */
    static Period of(Project project, Plan plan) {
        if (sound(project.years())) {
            return project.years();
        }
        return sound(plan.period()) ? plan.period() : null;
    }

    static List<Integer> each(Period p) {
        List<Integer> out = new ArrayList<>();
        for (int y = p.from().value(); y <= p.to().value(); y++) {
            out.add(y);
        }
        return out;
    }

    static boolean within(int year, Period p) {
        return year >= p.from().value() && year <= p.to().value();
    }
}
