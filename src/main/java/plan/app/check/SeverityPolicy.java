package plan.app.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import plan.diag.Diagnostic;
import plan.diag.Severity;
import plan.model.ProjectConfig;
import plan.model.Text;
import plan.model.Waiver;

/**
 * Final severities: a folder's {@code plan.config.yaml} may raise, lower or turn off a rule;
 * then a plan's own {@code waive} turns that rule's remaining errors into notes, with the reason.
 */
final class SeverityPolicy {
    private static final String OFF = "off";

    private SeverityPolicy() {
    }

    static List<Diagnostic> apply(List<Diagnostic> found, ProjectConfig config, List<Waiver> waivers) {
        Map<String, Text> levels = config.rules();
        List<Diagnostic> out = new ArrayList<>(found.size());
        for (Diagnostic d : found) {
            Text level = levels.get(d.rule());
            if (level != null && OFF.equals(level.value())) {
                continue;
            }
            Diagnostic adjusted = level == null ? d : d.withSeverity(Severity.parse(level.value()));
            if (adjusted.severity() == Severity.ERROR) {
                for (Waiver w : waivers) {
                    if (w.rule().value().equals(d.rule())) {
                        adjusted = adjusted.waived(w.reason().value());
                        break;
                    }
                }
            }
            out.add(adjusted);
        }
        return out;
    }
}
