package plan.check;

import plan.diag.Message;
import plan.diag.Rule;

/** empty-text: no required text is blank (empty required lists are found while binding). */
final class EmptyTextCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.EMPTY_TEXT;
    }

    @Override
    public void check(CheckContext c) {
        TextWalk.walk(c, (text, key, required) -> {
            if (required && text != null && text.isBlank()) {
                c.report(rule(), text.span(), Message.of("check.empty-text", key), null);
            }
        });
    }
}
