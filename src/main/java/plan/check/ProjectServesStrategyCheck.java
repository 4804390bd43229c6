package plan.check;

import plan.diag.Message;
import plan.diag.Rule;
import plan.model.Project;

/** project-serves-strategy: every project names at least one strategy it carries out. */
final class ProjectServesStrategyCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.PROJECT_SERVES_STRATEGY;
    }

    @Override
    public void check(CheckContext c) {
        for (Project p : c.plan().projects()) {
            if (p.strategies().isEmpty()) {
                c.report(rule(), p.span(), Message.of("check.project-no-strategy", MessageIds.of(p.id())),
                        Message.of("check.project-no-strategy.hint"));
            }
        }
    }
}
