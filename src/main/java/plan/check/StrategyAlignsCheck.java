package plan.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import plan.diag.Message;
import plan.diag.Rule;
import plan.format.Alignments;
import plan.format.Item;
import plan.format.Kind;
import plan.model.Span;
import plan.model.Text;

/**
 * strategy-aligns: every strategy names, in its {@code aligns}, an item of each framework of
 * {@code align-to} and of the {@code parent} plan. Judged by the reference's target alone, so the
 * rule says the same whether or not those files were given; whether the item exists is
 * unresolved-ref's business.
 */
final class StrategyAlignsCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.STRATEGY_ALIGNS;
    }

    @Override
    public void check(CheckContext c) {
        Alignments a = Alignments.of(c.format().plan().root(), c.plan().tree());
        Set<String> expected = new LinkedHashSet<>();
        a.frameworks().forEach(f -> expected.add(f.value()));
        if (a.parent() != null) {
            expected.add(a.parent().value());
        }
        if (expected.isEmpty()) {
            return;
        }
        for (Item strategy : a.items(Kind.STRATEGY)) {
            Set<String> named = new LinkedHashSet<>();
            for (Text ref : a.of(strategy)) {
                Alignments.Ref r = Alignments.Ref.parse(ref);
                if (r != null) {
                    named.add(r.target());
                }
            }
            List<String> missing = expected.stream().filter(e -> !named.contains(e)).toList();
            for (String target : missing) {
                boolean parent = a.parent() != null && target.equals(a.parent().value());
                // An inherited strategy stands in its base's file, which asks nothing of it: the plan's own key asks.
                Span at = strategy.id().span();
                String writtenIn = null;
                if (c.ownFile() != null && at.file() != null && !at.file().equals(c.ownFile())) {
                    writtenIn = at.file();
                    at = parent ? a.parent().span() : a.frameworks().stream().filter(f -> f.value().equals(target))
                            .findFirst().orElseThrow().span();
                }
                String hint = parent ? "check.strategy-not-aligned-parent.hint" : "check.strategy-not-aligned.hint";
                c.report(rule(), at,
                        Message.of(parent ? "check.strategy-not-aligned-parent" : "check.strategy-not-aligned",
                                strategy.id().value(), target),
                        // Its `aligns` can only be written where the strategy is: the base's file, which the hint names.
                        writtenIn == null ? Message.of(hint, target)
                                : Message.of("check.strategy-not-aligned.inherited.hint", target + (parent ? ":S1" : ":1"),
                                        java.nio.file.Path.of(writtenIn).getFileName().toString()));
            }
        }
    }
}
