package plan.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import plan.format.Ids;
import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;
import plan.diag.Suggest;
import plan.format.Alignments;
import plan.format.Format;
import plan.format.Kind;
import plan.model.Span;
import plan.model.Text;

/**
 * unresolved-ref across files: {@code align-to} names a framework, {@code parent} a plan, and
 * each {@code aligns} reference a framework's item ({@code FRAMEWORK:ITEM}) or another plan's
 * goal or strategy ({@code PLAN:ID}), among all files of the run. Every file is indexed once and
 * each reference is a lookup, so the rule is linear in the number of items. A miss says what is
 * near: a misspelling, a nested item's own id, or the file to add to the command.
 */
final class AlignmentRefCheck implements CrossCheck {
    private final Format format;
    private final Locator locator;

    AlignmentRefCheck(Format format, Locator locator) {
        this.format = format;
        this.locator = locator;
    }

    @Override
    public Rule rule() {
        return Rule.UNRESOLVED_REF;
    }

    /** What one id names across the run: a framework's items or a plan's items, each id to its kind. */
    private record Target(Kind kind, Map<String, Kind> items) {
    }

    @Override
    public void check(List<Checked> files, Map<String, Findings> findings) {
        // Each file is walked once, in parallel; then each reference is a lookup in one index.
        List<Indexed> indexed = files.parallelStream().map(this::indexed).toList();
        Map<String, Target> targets = new HashMap<>();
        for (Indexed i : indexed) {
            if (i.id() != null) {
                targets.putIfAbsent(i.id(), i.target());
            }
        }
        // Each file reports only to its own findings, so files can be checked side by side.
        indexed.parallelStream().filter(i -> i.alignments() != null)
                .forEach(i -> check(i.file(), i.alignments(), targets, findings.get(i.file().path())));
    }

    /** A file as the index sees it: its id, what it holds, and (for a plan) what it aligns with. */
    private record Indexed(Checked file, String id, Target target, Alignments alignments) {
    }

    private Indexed indexed(Checked file) {
        CrossFileFacts f = file.facts();
        if (f.id() == null) {
            return new Indexed(file, null, null, null);
        }
        return new Indexed(file, f.id().value(), new Target(f.kind(), f.items()), f.alignments());
    }

    private void check(Checked file, Alignments a, Map<String, Target> targets, Findings out) {
        for (Text framework : a.frameworks()) {
            whole(out, file, targets, framework, Kind.FRAMEWORK);
        }
        if (a.parent() != null) {
            if (a.parent().value().equals(file.facts().id().value())) {
                report(out, a.parent(), Message.of("check.parent-self", a.parent().value()), null);
            } else {
                whole(out, file, targets, a.parent(), Kind.PLAN);
            }
        }
        // An inherited item's references are checked once, in the base's own file.
        a.aligns().values().forEach(refs -> refs.stream().filter(ref -> ownFile(ref, file))
                .forEach(ref -> aligned(out, file, targets, ref, a)));
    }

    private static boolean ownFile(Text ref, Checked file) {
        return ref.span().file() == null || ref.span().file().equals(file.path());
    }

    /** {@code align-to} or {@code parent}: a whole framework or plan. */
    private void whole(Findings out, Checked file, Map<String, Target> targets, Text ref, Kind kind) {
        Target target = targets.get(ref.value());
        if (target != null && target.kind().equals(kind)) {
            return;
        }
        if (target != null) {
            report(out, ref, Message.of("check.ref-wrong-kind", ref.value(), Message.of(kind.messageKey()),
                    Message.of(target.kind().messageKey())), null);
            return;
        }
        report(out, ref, Message.of(kind.equals(Kind.FRAMEWORK) ? "check.framework-not-given" : "check.plan-not-given",
                ref.value()), missingHint(file, targets, ref.value(), kind, null));
    }

    /** An {@code aligns} reference: {@code FRAMEWORK:ITEM} or {@code PLAN:ID}. */
    private void aligned(Findings out, Checked file, Map<String, Target> targets, Text ref, Alignments a) {
        Alignments.Ref r = Alignments.Ref.parse(ref);
        if (r == null) {
            report(out, ref, Message.of("check.aligns-form", ref.value()), Message.of("check.aligns-form.hint"));
            return;
        }
        Target target = targets.get(r.target());
        if (target == null) {
            // The plan's own align-to and parent say what kind of file the missing target is.
            Kind expected = a.frameworks().stream().anyMatch(f -> f.value().equals(r.target())) ? Kind.FRAMEWORK
                    : a.parent() != null && a.parent().value().equals(r.target()) ? Kind.PLAN : null;
            report(out, ref, Message.of("check.aligns-target-not-given", ref.value(), r.target()),
                    missingHint(file, targets, r.target(), expected, r.item()));
            return;
        }
        Kind kind = target.items().get(r.item());
        if (target.kind().equals(Kind.FRAMEWORK)) {
            if (kind == null) {
                report(out, ref, Message.of("check.framework-item-unknown", ref.value(), r.target()),
                        itemHint(r, target, List.copyOf(target.items().keySet())));
            }
            return;
        }
        if (kind != null && (kind.equals(Kind.GOAL) || kind.equals(Kind.STRATEGY))) {
            return;
        }
        if (kind != null) {
            report(out, ref, Message.of("check.aligns-wrong-kind", ref.value(), Message.of(kind.messageKey())), null);
            return;
        }
        List<String> goalsAndStrategies = new ArrayList<>();
        target.items().forEach((id, k) -> {
            if (k.equals(Kind.GOAL) || k.equals(Kind.STRATEGY)) {
                goalsAndStrategies.add(id);
            }
        });
        report(out, ref, Message.of("check.plan-item-unknown", ref.value(), r.target()),
                itemHint(r, target, goalsAndStrategies));
    }

    /** A nested item written as a path (3/3.1, 3>3.1) is named by its own id; else the closest id. */
    private static Message itemHint(Alignments.Ref r, Target target, List<String> known) {
        String[] parts = r.item().split("[/>\\s]+");
        String last = parts[parts.length - 1];
        if (parts.length > 1 && target.items().containsKey(last)) {
            return Message.of("check.nested-item.hint", r.target() + ":" + last);
        }
        String near = Suggest.closest(r.item(), known);
        if (near != null) {
            return Message.of("hint.did-you-mean", r.target() + ":" + near);
        }
        return known.isEmpty() ? null : Message.of("check.ref.known", list(known));
    }

    /**
     * A framework or plan that is not among the files: the folder that holds its file when one is
     * near, else a near id among the files given, else the file to add.
     */
    private Message missingHint(Checked file, Map<String, Target> targets, String id, Kind kind, String item) {
        List<String> names = new ArrayList<>();
        if (kind == null || kind.equals(Kind.FRAMEWORK)) {
            format.framework().suffixes().forEach(s -> names.add(id + s));
        }
        if (kind == null || kind.equals(Kind.PLAN)) {
            format.plan().suffixes().forEach(s -> names.add(id + s));
        }
        String found = Ids.isValid(id) ? locator.fileNear(file.path(), names) : null;
        if (found != null) {
            int slash = found.lastIndexOf('/');
            return slash < 0 ? Message.of("check.add-folder.hint", found, ".")
                    : Message.of("check.add-folder.hint", found.substring(slash + 1), found.substring(0, slash));
        }
        List<String> sameKind = targets.entrySet().stream()
                .filter(e -> kind == null || e.getValue().kind().equals(kind)).map(Map.Entry::getKey).sorted().toList();
        String near = Suggest.closest(id, sameKind);
        if (near != null) {
            return Message.of("hint.did-you-mean", item == null ? near : near + ":" + item);
        }
        return Message.of(kind == null ? "check.add-file.hint" : kind.equals(Kind.FRAMEWORK)
                ? "check.add-framework.hint" : "check.add-plan.hint", id);
    }

    private static String list(List<String> ids) {
        int shown = 10;
        return ids.size() <= shown ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, shown)) + ", … (" + ids.size() + ")";
    }

    private void report(Findings out, Text at, Message message, Message hint) {
        Span s = at.span();
        out.report(rule(), s.line(), s.column(), message, hint);
    }
}
