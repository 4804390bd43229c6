package plan.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;
import plan.format.Alignments;
import plan.format.Kind;
import plan.model.Text;

/**
 * unresolved-ref: the {@code parent}s of plans form no cycle (a → b → a). A plan in a cycle is
 * told the whole path, starting from itself; a plan whose parent merely leads into a cycle is
 * not (the plans of the cycle are). A plan naming itself is reported by {@link AlignmentRefCheck}.
 */
final class ParentCycleCheck implements CrossCheck {
    @Override
    public Rule rule() {
        return Rule.UNRESOLVED_REF;
    }

    @Override
    public void check(List<Checked> files, Map<String, Findings> findings) {
        Map<String, Checked> byId = new HashMap<>();
        for (Checked f : files) {
            if (f.facts().id() != null) {
                byId.putIfAbsent(f.facts().id().value(), f);
            }
        }
        for (Checked f : files) {
            Text parent = parentOf(f);
            if (parent == null || byId.get(f.facts().id().value()) != f) {
                continue;
            }
            String self = f.facts().id().value();
            List<String> path = new ArrayList<>(List.of(self));
            Checked at = f;
            while (parentOf(at) != null) {
                String next = parentOf(at).value();
                if (path.contains(next)) {
                    if (next.equals(self) && path.size() > 1) {
                        path.add(next);
                        findings.get(f.path()).report(rule(), parent.span().line(), parent.span().column(),
                                Message.of("check.parent-cycle", String.join(" → ", path)),
                                Message.of("check.parent-cycle.hint"));
                    }
                    break;
                }
                at = byId.get(next);
                if (at == null || !Kind.PLAN.equals(at.facts().kind())) {
                    break;
                }
                path.add(next);
            }
        }
    }

    private static Text parentOf(Checked file) {
        Alignments a = file.facts().alignments();
        return a == null ? null : a.parent();
    }
}
