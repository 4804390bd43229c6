package plan.render.pdf;

import java.util.HashMap;
import java.util.Map;

/**
 * Named destinations for internal links ({@code [G1](#G1)}). A link can only point at a
 * destination that exists, and it may come before its target, so a pass links to what an earlier
 * walk of the body defined; a link to an anchor that is nowhere stays plain text.
 */
final class NamedDestinations {
    private final Map<String, String> known;
    private final Map<String, String> defined = new HashMap<>();

    NamedDestinations(Map<String, String> known) {
        this.known = Map.copyOf(known);
    }

    /** The destination of "#name" as the earlier walk found it, or null. */
    String resolve(String name) {
        return known.get(name);
    }

    /** Records that {@code name} leads to {@code destination}; false if the name was taken. */
    boolean define(String name, String destination) {
        return defined.putIfAbsent(name, destination) == null;
    }

    Map<String, String> defined() {
        return defined;
    }
}
