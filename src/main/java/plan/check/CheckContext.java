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
 *
 * <p>A plan with a base is checked as it reads, inherited parts included; {@code ownFile} then
 * names its file, and a finding at a position in another file (an inherited item, checked once
 * in its own file) is not reported here. {@code baseUnresolved}: the plan names a base that is
 * not among the files, so references to items it would have inherited are not reported.
 */
public record CheckContext(Plan plan, Format format, Source source, Findings findings, String ownFile,
                           boolean baseUnresolved) {
    public CheckContext(Plan plan, Format format, Source source, Findings findings) {
        this(plan, format, source, findings, null, false);
    }

    public CheckContext(Plan plan, Source source, Findings findings) {
        this(plan, Format.STANDARD, source, findings);
    }

    void report(Rule rule, Span at, Message message, Message hint) {
        if (ownFile != null && at.file() != null && !at.file().equals(ownFile)) {
            return;
        }
        findings.report(rule, at.line(), at.column(), message, hint);
    }
}
