package plan.check;

import java.util.HashSet;
import java.util.Set;

import plan.diag.Message;
import plan.diag.Rule;
import plan.model.Goal;

/** goal-has-strategy: every goal is pursued by at least one strategy. */
final class GoalHasStrategyCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.GOAL_HAS_STRATEGY;
    }

    @Override
    public void check(CheckContext c) {
        if (c.plan().strategies().isEmpty()) {
            return; // missing-key or empty-text already says there are no strategies
        }
        Set<String> pursued = new HashSet<>();
        c.plan().strategies().forEach(s -> pursued.addAll(Items.ids(s.goals())));
        for (Goal g : c.plan().goals()) {
            if (g.id() != null && !pursued.contains(g.id().value())) {
                c.report(rule(), g.span(), Message.of("check.goal-no-strategy", g.id().value()),
                        Message.of("check.goal-no-strategy.hint", g.id().value()));
            }
        }
    }
}
