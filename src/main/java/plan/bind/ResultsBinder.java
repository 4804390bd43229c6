package plan.bind;

import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;
import plan.format.Format;
import plan.format.Keys;
import plan.model.Budget;
import plan.model.Money;
import plan.model.Results;
import plan.model.Span;
import plan.model.Text;
import plan.model.Value;

/**
 * Binds the root node of a results file ({@code *.results.yaml}) as the format description's
 * results kind says, then views the tree as {@link Results}.
 */
public final class ResultsBinder {
    private ResultsBinder() {
    }

    /** @return the results, or null when the root is not a mapping (reported) */
    public static Results bind(Node root, String defaultId, Findings findings, Format format) {
        Reader read = new Reader(findings);
        if (!(root instanceof MappingNode)) {
            Span at = Reader.nothing(root) ? new Span(findings.file(), 1, 1) : read.span(root);
            read.report(Rule.WRONG_TYPE, at, Message.of(Reader.nothing(root) ? "bind.empty-file" : "bind.results-root"),
                    Message.of("bind.results-root.hint"));
            return null;
        }
        Value.Mapping tree = new TreeBinder(read, defaultId).struct(format.results().root(), root, format.results().name());
        return view(tree, defaultId, findings.file());
    }

    /** The results that {@code tree}, bound from the file {@code file}, is the tree of. */
    public static Results view(Value.Mapping tree, String defaultId, String file) {
        Text id = tree.text(Keys.ID);
        List<Results.IndicatorResult> indicators = new ArrayList<>();
        Value.Mapping i = tree.mapping(Keys.INDICATORS);
        if (i != null) {
            for (Value.Entry e : i.entries()) {
                if (e.value() instanceof Value.Mapping m) {
                    indicators.add(new Results.IndicatorResult(e.key(), m.text(Keys.VALUE), m.text(Keys.NOTE), e.key().span()));
                }
            }
        }
        List<Results.ProjectResult> projects = new ArrayList<>();
        Value.Mapping p = tree.mapping(Keys.PROJECTS);
        if (p != null) {
            for (Value.Entry e : p.entries()) {
                if (e.value() instanceof Value.Mapping m) {
                    projects.add(new Results.ProjectResult(e.key(), m.text(Keys.STATUS), spent(m.get(Keys.SPENT)),
                            m.text(Keys.NOTE), m.list(Keys.OUTPUTS).stream().filter(Text.class::isInstance)
                                    .map(Text.class::cast).toList(), e.key().span()));
                }
            }
        }
        return new Results(file, id != null ? id : new Text(defaultId, Span.NONE), tree.text(Keys.PLAN),
                tree.text(Keys.AS_OF), indicators, projects, tree.span());
    }

    /** An amount is the total; a mapping has any of the total and its parts. */
    private static Results.Spent spent(Value value) {
        if (value instanceof Money total) {
            return new Results.Spent(total, null, null, null, total.span());
        }
        if (!(value instanceof Value.Mapping m)) {
            return null;
        }
        Budget parts = PlanBinder.budget(m);
        return new Results.Spent(m.money(Keys.TOTAL), parts.sources(), parts.categories(), parts.quarters(), m.span());
    }
}
