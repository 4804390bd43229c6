package plan.check;

import java.math.BigDecimal;

import plan.diag.Message;
import plan.diag.Rule;
import plan.format.Analysis;
import plan.model.Factor;
import plan.model.SituationAnalysis;

/**
 * analysis-weights: where any factor of a list has a weight, every factor of that list has one,
 * and the list's weights add up to exactly 1.00 (in decimal: 0.1 + 0.2 + 0.7 is 1.00 here,
 * where binary floating point would say 0.9999…). Reported at the list's key.
 */
final class AnalysisWeightsCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.ANALYSIS_WEIGHTS;
    }

    @Override
    public void check(CheckContext c) {
        SituationAnalysis analysis = c.plan().analysis();
        if (analysis == null) {
            return;
        }
        for (Analysis.List4 kind : Analysis.List4.values()) {
            SituationAnalysis.FactorList list = analysis.lists().get(kind.key());
            if (list == null || list.factors().isEmpty() || list.factors().stream().anyMatch(Factor::weightRefused)) {
                continue; // a refused weight has its wrong-type finding; the sum without it would say the same twice
            }
            long weighted = list.factors().stream().filter(f -> f.weight() != null).count();
            if (weighted == 0) {
                continue;
            }
            if (weighted < list.factors().size()) {
                c.report(rule(), list.span(), Message.of("check.analysis-weights.missing", listName(kind), weighted,
                        list.factors().size()), Message.of("check.analysis-weights.hint"));
                continue;
            }
            BigDecimal sum = list.factors().stream().map(Factor::weight).map(w -> w.amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(BigDecimal.ONE) != 0) {
                c.report(rule(), list.span(), Message.of("check.analysis-weights.sum", listName(kind),
                        sum.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString()),
                        Message.of("check.analysis-weights.hint"));
            }
        }
    }

    /** The list's name in the reader's language (in Thai the word, with the YAML key beside it). */
    private static Message listName(Analysis.List4 kind) {
        return Message.of("analysis.list." + kind.key());
    }
}
