package plan.check;

import plan.diag.Message;
import plan.diag.Rule;
import plan.model.Goal;

/** goal-serves-mission: every goal names at least one mission it serves. */
final class GoalServesMissionCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.GOAL_SERVES_MISSION;
    }

    @Override
    public void check(CheckContext c) {
        for (Goal g : c.plan().goals()) {
            if (g.missions().isEmpty()) {
                c.report(rule(), g.span(), Message.of("check.goal-no-mission", MessageIds.of(g.id())),
                        Message.of("check.goal-no-mission.hint"));
            }
        }
    }
}
