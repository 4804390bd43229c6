package plan.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.diag.Message;

/**
 * The comments import writes into the plan file, by YAML path ({@code "goals[0].missions"}):
 * where a choice was made or a guess needs confirming. Kept as messages, so the file is worded in
 * the reader's language when it is written, like everything else the tool says.
 */
final class Notes {
    private final Map<String, List<Message>> byPath = new LinkedHashMap<>();

    /** The note at {@code path}, replacing any there. */
    void put(String path, Message note) {
        byPath.put(path, new ArrayList<>(List.of(note)));
    }

    /** One more note at {@code path}, after those there (printed joined by "; "). */
    void add(String path, Message note) {
        byPath.computeIfAbsent(path, p -> new ArrayList<>()).add(note);
    }

    void putIfAbsent(String path, Message note) {
        if (!byPath.containsKey(path)) {
            put(path, note);
        }
    }

    Map<String, List<Message>> asMap() {
        Map<String, List<Message>> copy = new LinkedHashMap<>();
        byPath.forEach((path, notes) -> copy.put(path, List.copyOf(notes)));
        return copy;
    }
}
