package plan.check;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import plan.diag.Message;
import plan.diag.Rule;
import plan.diag.Severity;
import plan.format.Analysis;
import plan.model.Factor;
import plan.model.SituationAnalysis;
import plan.model.Strategy;

/**
 * strategy-from-analysis: in a plan with an analysis, every strategy names at least one factor it
 * answers (a warning, at the strategy); and each factor no strategy answers is a note, at the
 * factor, so that a forgotten weakness shows without failing the check.
 */
final class StrategyFromAnalysisCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.STRATEGY_FROM_ANALYSIS;
    }

    @Override
    public void check(CheckContext c) {
        SituationAnalysis analysis = c.plan().analysis();
        if (analysis == null) {
            return;
        }
        List<Factor> factors = Arrays.stream(Analysis.List4.values())
                .flatMap(l -> analysis.factors(l.key()).stream()).toList();
        String example = factors.stream().filter(f -> f.id() != null).map(f -> f.id().value()).findFirst().orElse("SW1");
        Set<String> answered = new HashSet<>();
        for (Strategy s : c.plan().strategies()) {
            s.from().forEach(t -> answered.add(t.value()));
            if (s.from().isEmpty() && s.id() != null) {
                c.report(rule(), s.span(), Message.of("check.strategy-no-factor", s.id().value()),
                        Message.of("check.strategy-no-factor.hint", s.id().value(), example));
            }
        }
        for (Factor f : factors) {
            if (f.id() != null && !answered.contains(f.id().value())) {
                c.findings().add(Severity.NOTE, rule().id(), f.span().line(), f.span().column(),
                        Message.of("check.factor-unanswered", f.id().value()), null);
            }
        }
    }
}
