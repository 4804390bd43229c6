package plan.check;

import java.util.HashSet;
import java.util.Set;

import plan.diag.Message;
import plan.diag.Rule;
import plan.model.Mission;

/** mission-has-goal: every mission is served by at least one goal. */
final class MissionHasGoalCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.MISSION_HAS_GOAL;
    }

    @Override
    public void check(CheckContext c) {
        if (c.plan().goals().isEmpty()) {
            return; // missing-key or empty-text already says there are no goals
        }
        Set<String> served = new HashSet<>();
        c.plan().goals().forEach(g -> served.addAll(Items.ids(g.missions())));
        for (Mission m : c.plan().missions()) {
            if (m.id() != null && !served.contains(m.id().value())) {
                c.report(rule(), m.span(), Message.of("check.mission-no-goal", m.id().value()),
                        Message.of("check.mission-no-goal.hint", m.id().value()));
            }
        }
    }
}
