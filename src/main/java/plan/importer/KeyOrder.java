package plan.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import plan.format.Format;
import plan.format.Type;
import plan.format.Type.Dict;
import plan.format.Type.Either;
import plan.format.Type.Lazy;
import plan.format.Type.ListOf;
import plan.format.Type.Struct;

/**
 * The order in which a plan file's keys are written, kind by kind: the order of the format
 * description ({@link Format}), read from it so that import never disagrees with the binder.
 * Import's kind names are the description's mapping names with '-' for ' ' ("focus-item"), and
 * "value" for one letter of the core values; "labels" are the label keys.
 */
final class KeyOrder {
    private static final Map<String, List<String>> KEYS = collect();

    /** Mappings of format part 2 the description may not describe yet, in the contract's order. */
    private static final Map<String, List<String>> PENDING = Map.of(
            "analysis", List.of("strengths", "weaknesses", "opportunities", "threats"),
            "factor", List.of("id", "text", "category", "weight", "score"),
            "part", List.of("part", "chapters"),
            "outputs", List.of("quantity", "quality"),
            "evaluation", List.of("indicator", "method", "tool"),
            "approval", List.of("role", "name", "position"));

    private KeyOrder() {
    }

    static List<String> of(String kind) {
        List<String> keys = KEYS.get(kind);
        if (keys == null) {
            keys = PENDING.get(kind);
        }
        if (keys == null) {
            throw new IllegalArgumentException("no key order for " + kind);
        }
        return keys;
    }

    private static Map<String, List<String>> collect() {
        Map<String, List<String>> keys = new HashMap<>();
        visit(Format.STANDARD.plan().root(), keys);
        keys.put("value", keys.get("values-item"));
        keys.put("labels", Format.LABEL_KEYS);
        List<String> plan = new ArrayList<>(keys.get("plan"));
        // Keys of format part 2 the description may not hold yet: each after the key it follows
        // in the contract; once the description holds them, its order is used.
        for (String[] key : new String[][] {{"base", "id"}, {"digits", "lang"}, {"analysis", "preamble"}}) {
            if (!plan.contains(key[0])) {
                plan.add(plan.indexOf(key[1]) + 1, key[0]);
            }
        }
        keys.put("plan", List.copyOf(plan));
        List<String> project = new ArrayList<>(keys.get("project"));
        // The project form's keys (format part 2), after the activities, until the description holds them.
        int at = project.indexOf("activities") + 1;
        for (String key : List.of("kind", "standards", "rationale", "outputs", "evaluation", "expected", "approvals")) {
            if (!project.contains(key)) {
                project.add(at, key);
            }
            at = project.indexOf(key) + 1;
        }
        keys.put("project", List.copyOf(project));
        return Map.copyOf(keys);
    }

    /** Every mapping of the description by name; a mapping seen before is not walked again (guidelines nest). */
    private static void visit(Type type, Map<String, List<String>> keys) {
        switch (type) {
            case Struct s -> {
                if (keys.putIfAbsent(s.name().replace(' ', '-'), s.keyNames()) == null) {
                    s.keys().forEach(k -> visit(k.type(), keys));
                }
            }
            case ListOf l -> visit(l.item(), keys);
            case Either e -> {
                visit(e.scalar(), keys);
                visit(e.struct(), keys);
            }
            case Lazy l -> visit(l.get(), keys);
            case Dict d -> visit(d.value(), keys);
            default -> { }
        }
    }
}
