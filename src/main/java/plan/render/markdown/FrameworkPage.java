package plan.render.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.format.Kind;
import plan.model.Framework;
import plan.model.FrameworkItem;
import plan.model.Lang;
import plan.model.Text;

/**
 * What the framework page's template sees: the framework's items in order (nested ones with
 * their depth), each with the plans' goals and strategies that align with it, linked; and the
 * items nothing aligns with. The page lives in {@link #FOLDER}, so links to plans go up one.
 */
final class FrameworkPage {
    /** Framework pages are {@code frameworks/ID.html}: a folder no plan's documents can be named like. */
    static final String FOLDER = "frameworks";

    private FrameworkPage() {
    }

    static Map<String, Object> of(Framework framework, AlignmentIndex index, Lang lang) {
        Map<String, String> labels = Labels.defaults(lang);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("labels", labels);
        m.put("lang", lang.code());
        m.put("id", framework.id().value());
        m.put("title", inline(framework.title()));
        if (framework.shortName() != null && !framework.shortName().isBlank()) {
            m.put("short", inline(framework.shortName()));
        }
        List<Map<String, Object>> items = new ArrayList<>();
        List<Map<String, Object>> unaligned = new ArrayList<>();
        add(framework, framework.items(), 0, index, labels, items, unaligned);
        m.put("items", items);
        m.put("unaligned", unaligned);
        return m;
    }

    /** @return whether anything aligns with an item of {@code level} or below it */
    private static boolean add(Framework framework, List<FrameworkItem> level, int depth, AlignmentIndex index,
                               Map<String, String> labels, List<Map<String, Object>> items,
                               List<Map<String, Object>> unaligned) {
        boolean any = false;
        for (FrameworkItem item : level) {
            if (item.id() == null) {
                continue;
            }
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("id", item.id().value());
            i.put("title", inline(item.title()));
            i.put("depth", depth);
            List<Map<String, Object>> aligned = new ArrayList<>();
            for (AlignmentIndex.Aligned a : index.alignedWith(framework.id().value(), item.id().value())) {
                Map<String, Object> line = new LinkedHashMap<>();
                String page = "../" + a.plan().id().value() + ".html";
                line.put("plan", inline(a.plan().title()));
                line.put("planPage", page);
                line.put("organization", a.plan().organization() == null ? "" : inline(a.plan().organization().name()));
                line.put("label", labels.get(a.kind().equals(Kind.GOAL) ? "goal"
                        : a.kind().equals(Kind.PROJECT) ? "project" : "strategy") + " " + a.number());
                line.put("link", page + "#" + a.id());
                line.put("text", inline(a.text()));
                aligned.add(line);
            }
            i.put("aligned", aligned);
            items.add(i);
            int at = unaligned.size();
            // An item whose nested items are aligned with is served in part: it is not listed as unaligned.
            boolean below = add(framework, item.items(), depth + 1, index, labels, items, unaligned);
            if (aligned.isEmpty() && !below) {
                unaligned.add(at, i);
            }
            any |= below || !aligned.isEmpty();
        }
        return any;
    }

    private static String inline(Text text) {
        return text == null || text.isBlank() ? "" : SafeMarkdown.inline(text.value());
    }
}
