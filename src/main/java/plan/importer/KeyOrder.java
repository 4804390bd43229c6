package plan.importer;

import java.util.List;
import java.util.Map;

import plan.format.Format;

/**
 * The order in which a plan file's keys are written, kind by kind: the order of the format's
 * tables (PLAN-FORMAT.md). The one place import knows it; when the format gets a declarative
 * description, this is what to point at it.
 */
final class KeyOrder {
    static final Map<String, List<String>> KEYS = Map.ofEntries(
            Map.entry("plan", List.of("format", "id", "lang", "title", "subtitle", "organization", "period",
                    "preamble", "vision", "missions", "goals", "strategies", "values", "focus", "sections",
                    "outline", "labels", "waive")),
            Map.entry("organization", List.of("name", "short")),
            Map.entry("period", List.of("from", "to")),
            Map.entry("mission", List.of("id", "text")),
            Map.entry("goal", List.of("id", "text", "missions")),
            Map.entry("strategy", List.of("id", "title", "goals", "guidelines", "description")),
            Map.entry("guideline", List.of("text", "items")),
            Map.entry("values", List.of("name", "motto", "description", "items")),
            Map.entry("value", List.of("key", "name", "text")),
            Map.entry("focus", List.of("year", "title", "items")),
            Map.entry("focus-item", List.of("text", "tag")),
            Map.entry("section", List.of("id", "title", "body")),
            Map.entry("labels", Format.LABEL_KEYS));

    private KeyOrder() {
    }

    static List<String> of(String kind) {
        List<String> keys = KEYS.get(kind);
        if (keys == null) {
            throw new IllegalArgumentException("no key order for " + kind);
        }
        return keys;
    }
}
