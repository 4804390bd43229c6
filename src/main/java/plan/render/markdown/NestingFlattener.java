package plan.render.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Node;

import plan.model.MarkdownNesting;

/**
 * Flattens a parsed document beyond {@link MarkdownNesting#MAX_DEPTH}: a quotation or list
 * that deep is replaced by its contents, an emphasis by its text. Renderers walk the tree
 * recursively (flexmark's HTML renderer, the PDF typesetter), so this bounds their stack, and no
 * page has room for deeper levels anyway. Every word stays; only the deeper markup goes. The walk
 * itself uses no recursion: it runs before anything else sees the tree.
 */
final class NestingFlattener {
    private record Visit(Node node, int blocks, int inlines) {
    }

    private NestingFlattener() {
    }

    static void flatten(Node document) {
        Deque<Visit> todo = new ArrayDeque<>();
        todo.push(new Visit(document, 0, 0));
        while (!todo.isEmpty()) {
            Visit v = todo.pop();
            Node node = v.node();
            int blocks = v.blocks() + (isBlockContainer(node) ? 1 : 0);
            int inlines = v.inlines() + (isInlineContainer(node) ? 1 : 0);
            if (isBlockContainer(node) && blocks > MarkdownNesting.MAX_DEPTH
                    || isInlineContainer(node) && inlines > MarkdownNesting.MAX_DEPTH) {
                // Its contents take its place and are visited at its parent's depth.
                for (Node moved : unwrap(node)) {
                    todo.push(new Visit(moved, v.blocks(), v.inlines()));
                }
                continue;
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                todo.push(new Visit(child, blocks, inlines));
            }
        }
    }

    private static boolean isBlockContainer(Node node) {
        return node instanceof BlockQuote || node instanceof ListBlock;
    }

    private static boolean isInlineContainer(Node node) {
        return node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Strikethrough;
    }

    /**
     * Moves the contents of {@code node} before it and removes it; a list gives the contents of
     * its items. Returns the moved nodes, last first (the order of a stack).
     */
    private static List<Node> unwrap(Node node) {
        List<Node> contents = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListItem) {
                for (Node inner = child.getFirstChild(); inner != null; inner = inner.getNext()) {
                    contents.add(inner);
                }
            } else {
                contents.add(child);
            }
        }
        for (Node moved : contents) {
            moved.unlink();
            node.insertBefore(moved);
        }
        node.unlink();
        return contents.reversed();
    }
}
