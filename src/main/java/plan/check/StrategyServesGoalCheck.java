package plan.check;

import plan.diag.Message;
import plan.diag.Rule;
import plan.model.Strategy;

/** strategy-serves-goal: every strategy names at least one goal it pursues. */
final class StrategyServesGoalCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.STRATEGY_SERVES_GOAL;
    }

    @Override
    public void check(CheckContext c) {
        for (Strategy s : c.plan().strategies()) {
            if (s.goals().isEmpty()) {
                c.report(rule(), s.span(), Message.of("check.strategy-no-goal", MessageIds.of(s.id())),
                        Message.of("check.strategy-no-goal.hint"));
            }
        }
    }
}
