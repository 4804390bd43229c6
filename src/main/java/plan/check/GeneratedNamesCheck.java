package plan.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import plan.diag.Message;
import plan.diag.Rule;
import plan.model.Span;
import plan.model.Text;

/**
 * duplicate-id, against the names the documents make themselves: a chapter's anchor (a section
 * {@code id: vision} would take the vision chapter's place, an item {@code goals} would give
 * the page two elements with one id) and the site index's file (a plan {@code id: index} would
 * lose its page to it). Reserving them keeps every generated name as it is.
 */
final class GeneratedNamesCheck implements Check {
    /**
     * Anchors of the built-in templates: the chapters (including those of the format's additions),
     * the traceability matrix and the page's table of contents.
     */
    static final List<String> ANCHORS;

    static {
        List<String> anchors = new ArrayList<>(UnresolvedRefCheck.CHAPTERS);
        anchors.addAll(List.of("projects", "budget", "alignment", "matrix", "toc-title"));
        ANCHORS = List.copyOf(anchors);
    }

    /** Plan ids that would name a file the build writes for the whole site (index.html). */
    static final List<String> SITE_FILES = List.of("index");

    @Override
    public Rule rule() {
        return Rule.DUPLICATE_ID;
    }

    @Override
    public void check(CheckContext c) {
        for (Items.Item item : Items.of(c.plan())) {
            if (ANCHORS.contains(item.id().value())) {
                c.report(rule(), item.id().span(), Message.of("check.reserved-id", item.id().value()),
                        Message.of("check.reserved-id.hint", String.join(", ", ANCHORS)));
            }
        }
        Text id = c.plan().id();
        // Compared without case: on the file systems of Windows and macOS Index.html is index.html.
        if (id != null && SITE_FILES.contains(id.value().toLowerCase(Locale.ROOT))) {
            Span at = id.span().line() > 0 ? id.span() : new Span(1, 1);
            c.report(rule(), at, Message.of("check.reserved-plan-id", id.value()),
                    Message.of("check.reserved-plan-id.hint"));
        }
    }
}
