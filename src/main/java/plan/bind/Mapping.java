package plan.bind;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import plan.diag.Message;
import plan.diag.Rule;
import plan.diag.Suggest;
import plan.model.Span;

/**
 * The keys of one YAML mapping, checked on arrival: duplicate keys are a syntax error, keys the
 * format does not know are reported with the closest known key as a hint.
 */
final class Mapping {
    private final MappingNode node;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();
    private final Reader reader;
    /** Unknown keys that are a known key misspelt: the key meant, by the key written. */
    private final Map<String, String> misspelt = new LinkedHashMap<>();

    Mapping(MappingNode node, Collection<String> allowed, Reader reader) {
        this.node = node;
        this.reader = reader;
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                reader.report(Rule.WRONG_TYPE, keyNode, Message.of("bind.key-not-text"), null);
                continue;
            }
            String key = scalar.getValue();
            if (keys.containsKey(key)) {
                reader.report(Rule.YAML_SYNTAX, keyNode,
                        Message.of("bind.duplicate-key", key, reader.span(keys.get(key)).line()),
                        Message.of("bind.duplicate-key.hint"));
                continue;
            }
            keys.put(key, keyNode);
            values.put(key, tuple.getValueNode());
            if (allowed != null && !allowed.contains(key)) {
                String near = Suggest.closest(key, allowed);
                if (near != null) {
                    misspelt.put(key, near);
                }
                reader.report(Rule.UNKNOWN_KEY, keyNode, Message.of("bind.unknown-key", key),
                        near != null ? Message.of("hint.did-you-mean", near)
                                : Message.of("bind.known-keys", String.join(", ", allowed)));
            }
        }
    }

    Span span() {
        return reader.span(node);
    }

    Node get(String key) {
        return values.get(key);
    }

    /**
     * The value written under a misspelling of {@code key} (reported as unknown-key with the
     * suggestion), when {@code key} itself is absent: read in its place, so that one typo is one
     * finding, not one more for every reference to the items under it.
     */
    Node misspeltValue(String key) {
        if (values.containsKey(key)) {
            return null;
        }
        for (Map.Entry<String, String> e : misspelt.entrySet()) {
            if (e.getValue().equals(key)) {
                return values.get(e.getKey());
            }
        }
        return null;
    }

    /** The value of a key the format requires; reported at the mapping when absent. */
    Node required(String key, String where) {
        Node value = values.get(key);
        if (value == null) {
            // Where, in the reader's language: the format's names of its parts are English.
            reader.report(Rule.MISSING_KEY, node, Message.of("bind.missing-key", key,
                    Message.of("bind.where." + where.replace(' ', '-'))), null);
        }
        return value;
    }

    /** Key names as written, in order, each with the position of its key. */
    Map<String, Node> keyNodes() {
        return keys;
    }

    List<String> names() {
        return List.copyOf(keys.keySet());
    }
}
