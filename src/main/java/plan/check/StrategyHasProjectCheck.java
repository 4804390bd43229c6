package plan.check;

import java.util.HashSet;
import java.util.Set;

import plan.diag.Message;
import plan.diag.Rule;
import plan.model.Strategy;

/**
 * strategy-has-project: in a plan with projects, every strategy is carried out by at least one
 * (a warning: a development plan may leave a strategy to next year's action plan).
 */
final class StrategyHasProjectCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.STRATEGY_HAS_PROJECT;
    }

    @Override
    public void check(CheckContext c) {
        if (c.plan().projects().isEmpty()) {
            return;
        }
        Set<String> carried = new HashSet<>();
        c.plan().projects().forEach(p -> carried.addAll(Items.ids(p.strategies())));
        for (Strategy s : c.plan().strategies()) {
            if (s.id() != null && !carried.contains(s.id().value())) {
                c.report(rule(), s.span(), Message.of("check.strategy-no-project", s.id().value()),
                        Message.of("check.strategy-no-project.hint", s.id().value()));
            }
        }
    }
}
