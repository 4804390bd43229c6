package plan.check;

import plan.diag.Message;
import plan.diag.Rule;
import plan.model.Strategy;

/** strategy-has-guidelines: a strategy without guidelines (แนวทางการดำเนินงาน) says nothing to do. */
final class StrategyHasGuidelinesCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.STRATEGY_HAS_GUIDELINES;
    }

    @Override
    public void check(CheckContext c) {
        for (Strategy s : c.plan().strategies()) {
            if (s.guidelines().isEmpty()) {
                c.report(rule(), s.span(), Message.of("check.strategy-no-guidelines", MessageIds.of(s.id())),
                        Message.of("check.strategy-no-guidelines.hint"));
            }
        }
    }
}
