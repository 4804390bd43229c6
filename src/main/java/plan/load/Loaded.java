package plan.load;

import org.yaml.snakeyaml.nodes.Node;
import plan.diag.Source;

/** A file's text (for excerpts) and its root node, or a null root where loading failed. */
public record Loaded(Source source, Node root) {
}
