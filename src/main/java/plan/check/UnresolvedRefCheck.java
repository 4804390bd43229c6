package plan.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import plan.diag.Message;
import plan.diag.Rule;
import plan.diag.Suggest;
import plan.model.Goal;
import plan.model.Plan;
import plan.model.Strategy;
import plan.model.Text;

/** unresolved-ref: goals name missions, strategies name goals, the outline names chapters. */
final class UnresolvedRefCheck implements Check {
    static final List<String> CHAPTERS = List.of("preamble", "vision", "missions", "values", "goals",
            "strategies", "focus");

    @Override
    public Rule rule() {
        return Rule.UNRESOLVED_REF;
    }

    @Override
    public void check(CheckContext c) {
        Plan plan = c.plan();
        Map<String, Items.Item> items = Items.byId(plan);
        for (Goal goal : plan.goals()) {
            goal.missions().forEach(ref -> expect(c, items, ref, Items.Kind.MISSION));
        }
        for (Strategy strategy : plan.strategies()) {
            strategy.goals().forEach(ref -> expect(c, items, ref, Items.Kind.GOAL));
        }
        List<String> chapters = new ArrayList<>(CHAPTERS);
        plan.sections().stream().filter(s -> s.id() != null).forEach(s -> chapters.add(s.id().value()));
        for (Text entry : plan.outline()) {
            if (!chapters.contains(entry.value())) {
                String near = Suggest.closest(entry.value(), chapters);
                c.report(rule(), entry.span(), Message.of("check.outline-unknown", entry.value()),
                        near != null ? Message.of("hint.did-you-mean", near)
                                : Message.of("check.outline.hint", String.join(", ", chapters)));
            }
        }
    }

    private void expect(CheckContext c, Map<String, Items.Item> items, Text ref, Items.Kind kind) {
        Items.Item target = items.get(ref.value());
        if (target != null && target.kind() == kind) {
            return;
        }
        Message kindWord = Message.of("kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
        if (target != null) {
            c.report(rule(), ref.span(), Message.of("check.ref-wrong-kind", ref.value(), kindWord,
                    Message.of("kind." + target.kind().name().toLowerCase(java.util.Locale.ROOT))), null);
            return;
        }
        List<String> sameKind = items.values().stream().filter(i -> i.kind() == kind)
                .map(i -> i.id().value()).toList();
        String near = Suggest.closest(ref.value(), sameKind);
        c.report(rule(), ref.span(), Message.of("check.ref-unknown", ref.value(), kindWord),
                near != null ? Message.of("hint.did-you-mean", near)
                        : sameKind.isEmpty() ? null : Message.of("check.ref.known", Names.list(sameKind)));
    }
}
