package plan.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;

/**
 * One pass over the composed tree before binding: refuses type tags (a plan is plain data;
 * {@code !!java...} must never mean anything) and trees that aliases make too large to walk.
 */
final class NodeAudit {
    private static final Set<Tag> PLAIN = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.MAP, Tag.SEQ, Tag.TIMESTAMP, Tag.BINARY);

    private final Limits limits;
    private final Findings findings;

    NodeAudit(Limits limits, Findings findings) {
        this.limits = limits;
        this.findings = findings;
    }

    /**
     * A scalar's value after unescaping holds no control character: {@code "\\e[31m"} in a key
     * would colour the terminal, {@code "\\0"} would put a NUL into the Markdown.
     */
    private boolean plainText(ScalarNode scalar) {
        int c = ControlCharacters.firstInValue(scalar.getValue());
        if (c < 0) {
            return true;
        }
        findings.report(Rule.YAML_SYNTAX, scalar.getStartMark().getLine() + 1, scalar.getStartMark().getColumn() + 1,
                Message.of("load.control-escaped", String.format("U+%04X", c)), Message.of("load.control.hint"));
        return false;
    }

    boolean accepts(Node root) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        // Aliased collections are counted each time they are reached: that is what bombs exploit.
        long visits = 0;
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (++visits > limits.maxNodes()) {
                findings.report(Rule.YAML_SYNTAX, 1, 1, Message.of("load.too-many-nodes", limits.maxNodes()),
                        Message.of("load.limit.hint"));
                return false;
            }
            if (node.getTag().equals(Tag.MERGE)) { // `<<:` carries this tag though no one wrote it
                findings.report(Rule.YAML_SYNTAX, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1,
                        Message.of("load.merge-key"), Message.of("load.merge-key.hint"));
                return false;
            }
            if (!PLAIN.contains(node.getTag())) {
                findings.report(Rule.YAML_SYNTAX, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1,
                        Message.of("load.tag", node.getTag().getValue()), Message.of("load.tag.hint"));
                return false;
            }
            if (node instanceof ScalarNode scalar && !plainText(scalar)) {
                return false;
            }
            if (node instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    todo.push(t.getValueNode());
                    todo.push(t.getKeyNode());
                }
            } else if (node instanceof SequenceNode s) {
                s.getValue().forEach(todo::push);
            }
        }
        return true;
    }
}
