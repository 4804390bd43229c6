package plan.check;

import plan.diag.Message;
import plan.diag.Rule;
import plan.model.Budget;
import plan.model.Indicator;
import plan.model.Period;
import plan.model.Plan;
import plan.model.Project;
import plan.model.Year;

/**
 * period: Buddhist Era years in 2400–2700, from no later than to (the plan's period and each
 * project's years); the focus year in range; every target, budget and project year within the
 * plan's period; a baseline year in range and not after the period (before it is the usual case).
 */
final class PeriodCheck implements Check {
    static final int FIRST = 2400;
    static final int LAST = 2700;
    /** Buddhist Era = Common Era + 543. */
    static final int BE_OFFSET = 543;

    @Override
    public Rule rule() {
        return Rule.PERIOD;
    }

    @Override
    public void check(CheckContext c) {
        Plan plan = c.plan();
        Period p = plan.period();
        if (p != null) {
            order(c, p);
        }
        if (plan.focus() != null && plan.focus().year() != null) {
            inRange(c, plan.focus().year());
        }
        Period period = Years.sound(p) ? p : null;
        plan.goals().forEach(g -> g.indicators().forEach(i -> indicator(c, i, period)));
        plan.strategies().forEach(s -> s.indicators().forEach(i -> indicator(c, i, period)));
        for (Project project : plan.projects()) {
            if (project.years() != null && order(c, project.years()) && period != null) {
                within(c, project.years().from(), period);
                within(c, project.years().to(), period);
            }
            project.indicators().forEach(i -> indicator(c, i, period));
            budget(c, project.budget(), period);
            project.activities().forEach(a -> budget(c, a.budget(), period));
            quarters(c, project, plan);
        }
    }

    /** Both ends in range and in order; true when the period is sound. */
    private boolean order(CheckContext c, Period p) {
        boolean fromOk = inRange(c, p.from());
        boolean toOk = inRange(c, p.to());
        if (fromOk && toOk && p.from().value() > p.to().value()) {
            c.report(rule(), p.from().span(), Message.of("check.period-order", p.from().value(), p.to().value()),
                    Message.of("check.period-order.hint"));
            return false;
        }
        return fromOk && toOk;
    }

    private void indicator(CheckContext c, Indicator indicator, Period period) {
        Indicator.Baseline baseline = indicator.baseline();
        if (baseline != null && baseline.year() != null && inRange(c, baseline.year()) && period != null
                && baseline.year().value() > period.to().value()) {
            c.report(rule(), baseline.year().span(), Message.of("check.baseline-after", baseline.year().value(),
                    period.from().value(), period.to().value()), Message.of("check.baseline-after.hint"));
        }
        for (Indicator.Target t : indicator.targetList()) {
            if (inRange(c, t.year()) && period != null) {
                within(c, t.year(), period);
            }
        }
    }

    private void budget(CheckContext c, Budget budget, Period period) {
        if (budget == null || budget.years() == null) {
            return;
        }
        for (Budget.Share share : budget.years().shares()) {
            Year year = new Year(Integer.parseInt(share.name().value()), share.name().span());
            if (inRange(c, year) && period != null) {
                within(c, year, period);
            }
        }
    }

    /** Quarters divide one fiscal year: a project running several years divides by {@code years} instead. */
    private void quarters(CheckContext c, Project project, Plan plan) {
        if (project.budget() == null || project.budget().quarters() == null) {
            return;
        }
        Period years = Years.of(project, plan);
        if (years != null && years.from().value() != years.to().value()) {
            c.report(rule(), project.budget().quarters().span(), Message.of("check.quarters-multi-year",
                    MessageIds.of(project.id()), years.from().value(), years.to().value()),
                    Message.of("check.quarters-multi-year.hint"));
        }
    }

    private void within(CheckContext c, Year year, Period period) {
        if (!Years.within(year.value(), period)) {
            c.report(rule(), year.span(), Message.of("check.period-outside", year.value(), period.from().value(),
                    period.to().value()), Message.of("check.period-outside.hint", year.value(), period.from().value(),
                    period.to().value()));
        }
    }

    private boolean inRange(CheckContext c, Year year) {
        int y = year.value();
        if (y >= FIRST && y <= LAST) {
            return true;
        }
        boolean commonEra = y + BE_OFFSET >= FIRST && y + BE_OFFSET <= LAST;
        c.report(rule(), year.span(), Message.of("check.period-range", y, FIRST, LAST),
                commonEra ? Message.of("check.period-ce.hint", y, y + BE_OFFSET) : null);
        return false;
    }
}
