package plan.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import plan.diag.Diagnostic;
import plan.diag.Message;
import plan.diag.Rule;
import plan.model.Span;
import plan.model.Text;

/**
 * Plan ids name output files, so two plans of one run with the same id would overwrite each
 * other's documents. The second and later ones get a duplicate-id error and are not rendered.
 */
final class OutputNames {
    private OutputNames() {
    }

    static List<CheckedPlan> clashesReported(List<CheckedPlan> plans) {
        Map<String, CheckedPlan> first = new HashMap<>();
        List<CheckedPlan> out = new ArrayList<>(plans.size());
        for (CheckedPlan p : plans) {
            if (p.plan() == null) {
                out.add(p);
                continue;
            }
            Text id = p.plan().id();
            CheckedPlan earlier = first.putIfAbsent(id.value(), p);
            if (earlier == null) {
                out.add(p);
                continue;
            }
            Span at = id.span().line() > 0 ? id.span() : new Span(p.file().displayPath(), 1, 1);
            List<Diagnostic> diagnostics = new ArrayList<>(p.diagnostics());
            diagnostics.add(new Diagnostic(p.file().displayPath(), at.line(), at.column(), Rule.DUPLICATE_ID.defaultSeverity(),
                    Rule.DUPLICATE_ID.id(), Message.of("check.duplicate-plan-id", id.value(), earlier.file().displayPath()),
                    Message.of("check.duplicate-plan-id.hint"), null));
            out.add(new CheckedPlan(p.file(), p.source(), p.plan(), p.config(), diagnostics));
        }
        return out;
    }
}
