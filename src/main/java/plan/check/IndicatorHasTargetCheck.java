package plan.check;

import java.util.List;

import plan.diag.Message;
import plan.diag.Rule;
import plan.model.Indicator;
import plan.model.Period;
import plan.model.Plan;
import plan.model.Project;
import plan.model.Text;

/**
 * indicator-has-target: an indicator has a target for every fiscal year of its owner: the
 * plan's period for goals and strategies, a project's years (default: the plan's) for projects.
 */
final class IndicatorHasTargetCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.INDICATOR_HAS_TARGET;
    }

    @Override
    public void check(CheckContext c) {
        Plan plan = c.plan();
        if (Years.sound(plan.period())) {
            plan.goals().forEach(g -> g.indicators().forEach(i -> check(c, i, plan.period())));
            plan.strategies().forEach(s -> s.indicators().forEach(i -> check(c, i, plan.period())));
        }
        for (Project p : plan.projects()) {
            Period years = Years.of(p, plan);
            if (years != null) {
                p.indicators().forEach(i -> check(c, i, years));
            }
        }
    }

    private void check(CheckContext c, Indicator indicator, Period years) {
        if (indicator.targets() == null) {
            return; // no `targets:` at all: missing-key says so
        }
        List<String> missing = Years.each(years).stream().filter(y -> blank(indicator.target(y)))
                .map(String::valueOf).toList();
        if (!missing.isEmpty()) {
            c.report(rule(), indicator.targets().span(), Message.of("check.indicator-no-target", MessageIds.of(indicator.id()),
                    MessageIds.list(missing)), Message.of("check.indicator-no-target.hint", missing.get(0),
                    years.from().value(), years.to().value()));
        }
    }

    private static boolean blank(Text target) {
        return target == null || target.isBlank();
    }

}
