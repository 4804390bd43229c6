package plan.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;
import plan.format.Format;
import plan.format.Item;
import plan.model.Span;

/**
 * duplicate-id across files: plan ids name output files, so two plans of one run with the same
 * id (or ids that differ only in case, one file name on Windows and macOS) would overwrite each
 * other's documents, and references name plans and frameworks by id. The
 * second and later ones get the error.
 */
final class PlanIdClashCheck implements CrossCheck {
    @Override
    public Rule rule() {
        return Rule.DUPLICATE_ID;
    }

    /** Two documents cannot both be written under one name, whatever a plan or a setting says. */
    @Override
    public boolean policyApplies() {
        return false;
    }

    @Override
    public void check(List<Checked> files, Map<String, Findings> findings) {
        Map<String, Checked> first = new HashMap<>();
        for (Checked file : files) {
            if (file.facts().id() == null) {
                continue;
            }
            // Frameworks share the namespace: references name either by id (FRAMEWORK:ITEM, PLAN:ID).
            Item plan = new Item(file.facts().kind(), file.facts().id());
            Checked earlier = first.putIfAbsent(Format.siteName(plan.id().value()), file);
            if (earlier != null) {
                Span at = plan.id().span().isKnown() ? plan.id().span() : new Span(file.path(), 1, 1);
                String other = earlier.facts().id().value();
                findings.get(file.path()).report(rule(), at.line(), at.column(), other.equals(plan.id().value())
                        ? Message.of("check.duplicate-plan-id", plan.id().value(), earlier.path())
                        : Message.of("check.duplicate-plan-id.case", plan.id().value(), other, earlier.path()),
                        Message.of("check.duplicate-plan-id.hint"));
            }
        }
    }
}
