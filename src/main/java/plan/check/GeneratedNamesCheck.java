package plan.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import plan.diag.Message;
import plan.diag.Rule;
import plan.format.Format;
import plan.format.Item;
import plan.model.Span;
import plan.model.Text;

/**
 * duplicate-id, against the names the documents make themselves: a chapter's anchor (a section
 * {@code id: vision} would take the vision chapter's place, an item {@code goals} would give
 * the page two elements with one id) and the site's own files (a plan {@code id: index} would
 * lose its page to the index, one {@code id: office.rollup} to the office's roll-up). Reserving them keeps every generated name as it is.
 */
final class GeneratedNamesCheck implements Check {
    /**
     * Anchors of the built-in templates: the chapters (including those of the format's additions),
     * the traceability matrix and the page's table of contents. Fixed data, made once below.
     */
    static final List<String> ANCHORS;

    static {
        Set<String> anchors = new LinkedHashSet<>(Format.CHAPTERS);
        anchors.addAll(List.of("matrix", "toc-title"));
        ANCHORS = List.copyOf(anchors);
    }

    /** Plan ids that would name a file the build writes for the whole site (index.html). */
    static final List<String> SITE_FILES = List.of("index");

    /**
     * Whether a plan's or results file's {@code id} names a file the build writes for something
     * else: the site's index, or an area office's roll-up (any id ending in {@code .rollup}).
     * Compared without case: on the file systems of Windows and macOS Index.html is index.html.
     */
    static boolean namesASiteFile(String id) {
        String name = Format.siteName(id);
        return SITE_FILES.contains(name) || name.endsWith(Format.ROLLUP_SUFFIX);
    }

    @Override
    public Rule rule() {
        return Rule.DUPLICATE_ID;
    }

    @Override
    public void check(CheckContext c) {
        for (Item item : Items.of(c)) {
            if (ANCHORS.contains(item.id().value())) {
                c.report(rule(), item.id().span(), Message.of("check.reserved-id", item.id().value()),
                        Message.of("check.reserved-id.hint", String.join(", ", ANCHORS)));
            }
        }
        Text id = c.plan().id();
        if (id != null && namesASiteFile(id.value())) {
            Span at = id.span().line() > 0 ? id.span() : new Span(id.span().file(), 1, 1);
            c.report(rule(), at, Message.of("check.reserved-plan-id", id.value()),
                    Message.of("check.reserved-plan-id.hint"));
        }
    }
}
