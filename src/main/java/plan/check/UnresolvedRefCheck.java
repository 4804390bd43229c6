package plan.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import plan.diag.Message;
import plan.diag.Rule;
import plan.diag.Suggest;
import plan.format.Format;
import plan.format.Item;
import plan.format.Kind;
import plan.format.Walk;
import plan.model.Text;

/**
 * unresolved-ref: every reference the format description declares names an item of its kind;
 * the outline names chapters (built-in chapter names or section ids). References to other files
 * (frameworks, plans) are resolved by the workspace, which sees every file of the run.
 */
final class UnresolvedRefCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.UNRESOLVED_REF;
    }

    @Override
    public void check(CheckContext c) {
        Map<String, Item> items = Items.byId(c);
        List<String> chapters = new ArrayList<>(Format.CHAPTERS);
        Items.of(c).stream().filter(i -> i.kind().equals(Kind.SECTION)).forEach(i -> chapters.add(i.id().value()));
        Walk.walk(c.format().plan().root(), c.plan().tree(), new Walk.Visitor() {
            @Override
            public void ref(Kind kind, Text ref, String path) {
                if (kind.equals(Kind.CHAPTER)) {
                    chapter(c, ref, chapters);
                } else if (kind.acrossFiles()) {
                    return; // resolved over all files of the run, by the workspace
                } else {
                    expect(c, items, ref, kind);
                }
            }
        });
    }

    private void chapter(CheckContext c, Text entry, List<String> chapters) {
        if (!chapters.contains(entry.value())) {
            String near = Suggest.closest(entry.value(), chapters);
            c.report(rule(), entry.span(), Message.of("check.outline-unknown", entry.value()),
                    near != null ? Message.of("hint.did-you-mean", near)
                            : Message.of("check.outline.hint", String.join(", ", chapters)));
        }
    }

    private void expect(CheckContext c, Map<String, Item> items, Text ref, Kind kind) {
        Item target = items.get(ref.value());
        if (target != null && target.kind().equals(kind)) {
            return;
        }
        if (target == null && c.baseUnresolved()) {
            return; // an item the base would have given: only the base's own reference is reported
        }
        Message kindWord = Message.of(kind.messageKey());
        if (target != null) {
            c.report(rule(), ref.span(), Message.of("check.ref-wrong-kind", ref.value(), kindWord,
                    Message.of(target.kind().messageKey())), null);
            return;
        }
        List<String> sameKind = items.values().stream().filter(i -> i.kind().equals(kind))
                .map(i -> i.id().value()).toList();
        String near = Suggest.closest(ref.value(), sameKind);
        c.report(rule(), ref.span(), Message.of("check.ref-unknown", ref.value(), kindWord),
                near != null ? Message.of("hint.did-you-mean", near)
                        : sameKind.isEmpty() ? null : Message.of("check.ref.known", MessageIds.list(sameKind)));
    }
}
