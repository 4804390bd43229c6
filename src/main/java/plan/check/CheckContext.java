package plan.check;

import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;
import plan.diag.Source;
import plan.format.Format;
import plan.model.Plan;
import plan.model.Span;

/**
 * What a check sees: the plan, the format it was bound with (what the generic walks follow),
 * its source text (to pinpoint characters) and where to report.
 */
public record CheckContext(Plan plan, Format format, Source source, Findings findings) {
    public CheckContext(Plan plan, Source source, Findings findings) {
        this(plan, Format.STANDARD, source, findings);
    }

    void report(Rule rule, Span at, Message message, Message hint) {
        findings.report(rule, at.line(), at.column(), message, hint);
    }
}
