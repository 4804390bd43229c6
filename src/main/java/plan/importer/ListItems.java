package plan.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import plan.model.Guideline;
import plan.model.Span;
import plan.model.Text;

/**
 * List levels as the source makes them: Word's levels, or the kinds of typed number in the
 * order a chapter first uses them (1. then 1.1 then 1), so "1)" under "1." is one level down).
 */
final class ListItems {
    private final Map<String, Integer> levels = new HashMap<>();

    /** The 0-based level of an item; schemes get levels in the order they first appear. */
    int level(RecognizedBlock p) {
        String scheme = p.level();
        if (scheme.startsWith("w")) {
            return Integer.parseInt(scheme.replaceAll("\\D", ""));
        }
        return levels.computeIfAbsent(scheme, s -> levels.size());
    }

    /** Items as nested guidelines: a deeper item belongs to the item before it. */
    List<Guideline> guidelines(List<RecognizedBlock> items) {
        List<Node> roots = new ArrayList<>();
        List<Node> stack = new ArrayList<>();
        for (RecognizedBlock p : items) {
            int level = level(p);
            Node node = new Node(p.itemText(), level);
            while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= level) {
                stack.remove(stack.size() - 1);
            }
            if (stack.isEmpty()) {
                roots.add(node);
            } else {
                stack.get(stack.size() - 1).children.add(node);
            }
            stack.add(node);
        }
        return roots.stream().map(Node::guideline).toList();
    }

    private static final class Node {
        final String text;
        final int level;
        final List<Node> children = new ArrayList<>();

        Node(String text, int level) {
            this.text = text;
            this.level = level;
        }

        Guideline guideline() {
            return new Guideline(new Text(MarkdownText.inline(text), Span.NONE),
                    children.stream().map(Node::guideline).toList(), Span.NONE);
        }
    }
}
