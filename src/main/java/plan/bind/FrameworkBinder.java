package plan.bind;

import java.util.List;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;
import plan.format.Format;
import plan.format.Keys;
import plan.model.Framework;
import plan.model.FrameworkItem;
import plan.model.Span;
import plan.model.Text;
import plan.model.Value;

/**
 * Binds the root node of a framework file ({@code *.framework.yaml}) as the format description's
 * framework kind says, then views the tree as a {@link Framework}.
 */
public final class FrameworkBinder {
    private FrameworkBinder() {
    }

    /** @return the framework, or null when the root is not a mapping (reported) */
    public static Framework bind(Node root, String defaultId, Findings findings, Format format) {
        Reader read = new Reader(findings);
        if (!(root instanceof MappingNode)) {
            Span at = Reader.nothing(root) ? new Span(findings.file(), 1, 1) : read.span(root);
            read.report(Rule.WRONG_TYPE, at, Message.of(Reader.nothing(root) ? "bind.empty-file" : "bind.framework-root"),
                    Message.of("bind.framework-root.hint"));
            return null;
        }
        Value.Mapping tree = new TreeBinder(read, defaultId).struct(format.framework().root(), root, format.framework().name());
        return view(tree, defaultId, findings.file());
    }

    /** The framework that {@code tree}, bound before from the file {@code file}, is the tree of. */
    public static Framework view(Value.Mapping tree, String defaultId, String file) {
        Text id = tree.text(Keys.ID);
        return new Framework(file, id != null ? id : new Text(defaultId, Span.NONE), tree.text(Keys.TITLE),
                tree.text(Keys.SHORT), items(tree.list(Keys.ITEMS)), tree);
    }

    private static List<FrameworkItem> items(List<Value> values) {
        return values.stream().filter(Value.Mapping.class::isInstance).map(Value.Mapping.class::cast)
                .map(m -> new FrameworkItem(m.text(Keys.ID), m.text(Keys.TITLE), items(m.list(Keys.ITEMS)), m.span()))
                .toList();
    }
}
