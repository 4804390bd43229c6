package plan.check;

import plan.diag.Message;
import plan.diag.Rule;
import plan.model.Indicator;
import plan.model.Outcome;
import plan.model.Text;

/**
 * wrong-type, for indicators with a {@code scale}: every target is one of the scale's words, so
 * that a value can be placed against it.
 */
final class IndicatorScaleCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.WRONG_TYPE;
    }

    @Override
    public void check(CheckContext c) {
        c.plan().allIndicators().forEach(i -> check(c, i));
    }

    private void check(CheckContext c, Indicator indicator) {
        if (indicator.scale().isEmpty()) {
            return;
        }
        for (Indicator.Target t : indicator.targetList()) {
            if (t.value() != null && Outcome.place(indicator.scale(), t.value().value()) < 0) {
                c.report(rule(), t.value().span(), Message.of("check.scale-target", t.value().value(),
                        String.join(", ", indicator.scale().stream().map(Text::value).toList())), null);
            }
        }
    }
}
