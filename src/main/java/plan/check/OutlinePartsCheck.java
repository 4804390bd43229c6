package plan.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import plan.diag.Message;
import plan.diag.Rule;
import plan.format.Format;
import plan.model.OutlinePart;
import plan.model.Text;
import plan.model.Value;

/**
 * outline-parts: an outline of parts ({@code {part: TITLE, chapters: [NAMES]}}) lists every
 * chapter the plan has in exactly one part, reported at {@code outline} (a chapter missing) or at
 * the name written again. An outline is all names or all parts: a mix is {@code wrong-type}, at
 * the first entry of the other kind. Names that are no chapter are {@code unresolved-ref}'s.
 */
final class OutlinePartsCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.OUTLINE_PARTS;
    }

    @Override
    public void check(CheckContext c) {
        Value.Entry outline = c.plan().tree().entry("outline");
        if (outline == null || !(outline.value() instanceof Value.Sequence sequence)) {
            return;
        }
        List<Value> entries = sequence.items();
        if (entries.stream().noneMatch(Value.Mapping.class::isInstance)) {
            return; // chapter names: the outline orders chapters and need not name them all
        }
        boolean partFirst = entries.get(0) instanceof Value.Mapping;
        for (Value entry : entries) {
            if (entry != null && (entry instanceof Value.Mapping) != partFirst) {
                c.report(Rule.WRONG_TYPE, entry.span(), Message.of("check.outline-parts.mixed"),
                        Message.of("check.outline-parts.mixed.hint"));
                return;
            }
        }
        Set<String> listed = new LinkedHashSet<>();
        for (OutlinePart part : OutlinePart.of(c.plan())) {
            for (Text chapter : part.chapters()) {
                if (!listed.add(chapter.value())) {
                    c.report(rule(), chapter.span(), Message.of("check.outline-parts.twice", chapter.value()),
                            Message.of("check.outline-parts.twice.hint"));
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String chapter : Format.chaptersOf(c.plan())) {
            if (!listed.contains(chapter)) {
                missing.add(chapter);
            }
        }
        if (!missing.isEmpty()) {
            c.report(rule(), outline.key().span(), Message.of("check.outline-parts.missing", MessageIds.list(missing)),
                    Message.of("check.outline-parts.hint"));
        }
    }
}
