package plan.diff;

import java.util.Map;

/**
 * How a change names one entry of a keyed map: a year of {@code targets} is a {@code target}.
 * Only the last part of the path changes; a map not listed keeps its key's name.
 */
final class EntryNames {
    private static final Map<String, String> SINGULAR = Map.of(
            "targets", "target", "labels", "label", "waive", "waiver", "years", "year",
            "sources", "source", "categories", "category");

    private EntryNames() {
    }

    static String singular(String path) {
        int dot = path.lastIndexOf('.');
        String last = path.substring(dot + 1);
        return path.substring(0, dot + 1) + SINGULAR.getOrDefault(last, last);
    }
}
