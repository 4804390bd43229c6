package plan.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import plan.format.Format;
import plan.format.Key;
import plan.format.Type;
import plan.format.Type.Dict;
import plan.format.Type.Either;
import plan.format.Type.Lazy;
import plan.format.Type.ListOf;
import plan.format.Type.Struct;

/**
 * The order in which a plan file's keys are written, mapping by mapping, and which mapping stands
 * under which key: both read from the format description ({@link Format}), so that import never
 * disagrees with the binder. A mapping is named by the description's name with '-' for ' '
 * ("focus-item"); a mapping whose keys come from a vocabulary (labels) by its key; a mapping of
 * free keys (a budget's sources, targets by year) is "", written in the source's order.
 */
final class KeyOrder {
    /** The file's root mapping. */
    static final String ROOT = kindName(Format.STANDARD.plan().root());
    /** A mapping of keys the author chooses. */
    static final String FREE = "";

    // Fixed data: filled once below from the format description, only read after (no build owns it).
    private static final Map<String, List<String>> KEYS = new HashMap<>();
    /** Mapping name, then key, to the mapping under that key (itself or as its list's items). */
    private static final Map<String, Map<String, String>> CHILDREN = new HashMap<>();

    static {
        visit(Format.STANDARD.plan().root());
    }

    private KeyOrder() {
    }

    static List<String> of(String kind) {
        List<String> keys = KEYS.get(kind);
        if (keys == null) {
            throw new IllegalArgumentException("no key order for " + kind);
        }
        return keys;
    }

    /** The mapping under {@code key} of a {@code kind} (or its list's items); {@link #FREE} for none. */
    static String child(String kind, String key) {
        return CHILDREN.getOrDefault(kind, Map.of()).getOrDefault(key, FREE);
    }

    /** A mapping and those below it; one seen before is not walked again (guidelines nest). */
    private static String visit(Struct s) {
        String name = kindName(s);
        if (KEYS.putIfAbsent(name, s.keyNames()) == null) {
            Map<String, String> children = new HashMap<>();
            for (Key key : s.keys()) {
                String child = mappingIn(key.type(), key.name());
                if (child != null) {
                    children.put(key.name(), child);
                }
            }
            CHILDREN.put(name, Map.copyOf(children));
        }
        return name;
    }

    /** The mapping a value of {@code type} under {@code key} is or holds, or null for a scalar or a free mapping. */
    private static String mappingIn(Type type, String key) {
        return switch (type) {
            case Struct s -> visit(s);
            case ListOf l -> mappingIn(l.item(), key);
            case Either e -> mappingIn(e.struct(), key);
            case Lazy l -> mappingIn(l.get(), key);
            case Dict d when d.vocabulary() != null -> {
                KEYS.putIfAbsent(key, d.vocabulary());
                yield key;
            }
            case Dict d -> {
                mappingIn(d.value(), key); // the mappings a free key holds are still the description's
                yield null;
            }
            default -> null;
        };
    }

    private static String kindName(Struct s) {
        return s.name().replace(' ', '-');
    }
}
