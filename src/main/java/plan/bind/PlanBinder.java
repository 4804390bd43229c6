package plan.bind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;
import plan.format.Format;
import plan.format.Key;
import plan.format.Type;
import plan.model.Activity;
import plan.model.OutlinePart;
import plan.model.Budget;
import plan.model.Factor;
import plan.model.Focus;
import plan.model.FocusItem;
import plan.model.Goal;
import plan.model.Guideline;
import plan.model.Indicator;
import plan.model.Lang;
import plan.model.Mission;
import plan.model.Money;
import plan.model.Organization;
import plan.model.Period;
import plan.model.Plan;
import plan.model.Project;
import plan.model.ProjectForm;
import plan.model.Section;
import plan.model.SituationAnalysis;
import plan.model.Span;
import plan.model.Strategy;
import plan.model.Text;
import plan.model.Value;
import plan.model.ValueItem;
import plan.model.Values;
import plan.model.Waiver;
import plan.model.Year;

/**
 * Binds the root node of a plan file to a {@link Plan}: {@link TreeBinder} reads the file as the
 * format description says, reporting every shape problem; the typed records are then views of
 * that tree, built here without further diagnostics.
 */
public final class PlanBinder {
    private PlanBinder() {
    }

    /**
     * @param root      the document's root node, null for an empty file
     * @param defaultId the id taken from the file name when the plan names none
     * @return the plan, or null when the root is not a mapping (reported)
     */
    public static Plan bind(Node root, String defaultId, Findings findings) {
        return bind(root, defaultId, findings, Format.STANDARD);
    }

    public static Plan bind(Node root, String defaultId, Findings findings, Format format) {
        Reader read = new Reader(findings);
        if (!(root instanceof MappingNode)) {
            Span at = root == null ? new Span(findings.file(), 1, 1) : read.span(root);
            read.report(Rule.WRONG_TYPE, at, Message.of(root == null ? "bind.empty-file" : "bind.root-not-map"),
                    Message.of("bind.root.hint"));
            return null;
        }
        boolean hasBase = hasKey((MappingNode) root, Format.BASE);
        Type.Struct described = hasBase ? inheritedOptional(format.plan().root()) : format.plan().root();
        Value.Mapping tree = new TreeBinder(read, defaultId).struct(described, root, "plan");
        if (tree == null) {
            return null;
        }
        return plan(ownKeysOnly(tree, hasBase, read), defaultId, findings.file());
    }

    /** The plan's description with the keys a base gives made optional: a plan with a base may omit them. */
    private static Type.Struct inheritedOptional(Type.Struct root) {
        return new Type.Struct(root.name(), root.identifies(), root.keys().stream()
                .map(k -> Format.INHERITED.contains(k.name()) ? new Key(k.name(), k.type(), false, k.fileNameDefault()) : k)
                .toList());
    }

    /**
     * The tree without the keys this plan may not write, each reported at its key: with a base, the
     * inherited keys ({@code base-inherited}); without one, the keys that only add to a base.
     */
    private static Value.Mapping ownKeysOnly(Value.Mapping tree, boolean hasBase, Reader read) {
        List<Value.Entry> kept = new ArrayList<>();
        Text base = tree.text(Format.BASE);
        for (Value.Entry e : tree.entries()) {
            String key = e.key().value();
            if (hasBase && Format.INHERITED.contains(key)) {
                read.report(Rule.BASE_INHERITED, e.key().span(),
                        Message.of("bind.base-inherited", key, base == null ? "" : base.value()),
                        Message.of("bind.base-inherited.hint", key));
            } else if (!hasBase && Format.ONLY_WITH_BASE.contains(key)) {
                read.report(Rule.UNKNOWN_KEY, e.key().span(), Message.of("bind.only-with-base", key),
                        Message.of("bind.only-with-base.hint"));
            } else {
                kept.add(e);
            }
        }
        return kept.size() == tree.entries().size() ? tree : new Value.Mapping(kept, tree.span());
    }

    private static boolean hasKey(MappingNode node, String key) {
        return node.getValue().stream().anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key));
    }

    /**
     * The plan that {@code tree}, bound before from the file {@code file}, is the tree of: what
     * {@link #bind} returned for it, without reading the file again (a remembered check result).
     */
    public static Plan view(Value.Mapping tree, String defaultId, String file) {
        return plan(tree, defaultId, file);
    }

    private static Plan plan(Value.Mapping t, String defaultId, String file) {
        Text id = t.text("id");
        return Plan.builder()
                .file(file)
                .format(Format.VERSION)
                // An invalid id was reported; the file's name stands in so the plan can be listed.
                .id(id != null ? id : new Text(defaultId, Span.NONE))
                .lang(t.text("lang") != null && t.text("lang").value().equals("en") ? Lang.EN : Lang.TH)
                .title(t.text("title"))
                .subtitle(t.text("subtitle"))
                .organization(organization(t.mapping("organization")))
                .period(period(t.mapping("period")))
                .preamble(t.text("preamble"))
                .vision(t.text("vision"))
                .missions(mappings(t.list("missions")).stream()
                        .map(m -> new Mission(m.text("id"), m.text("text"), m.span())).toList())
                .goals(mappings(t.list("goals")).stream()
                                .map(m -> new Goal(m.text("id"), m.text("text"), refs(m.list("missions")),
                                indicators(m.list("indicators")), m.span())).toList())
                .strategies(mappings(t.list("strategies")).stream()
                        .map(m -> new Strategy(m.text("id"), m.text("title"), refs(m.list("goals")),
                                guidelines(m.list("guidelines")), m.text("description"),
                                indicators(m.list("indicators")), refs(m.list("from")), m.span())).toList())
                .values(values(t.mapping("values")))
                .focus(focus(t.mapping("focus")))
                .analysis(analysis(t.mapping("analysis")))
                .sections(mappings(t.list("sections")).stream()
                        .map(m -> new Section(m.text("id"), m.text("title"), m.text("body"), m.span())).toList())
                .outline(OutlinePart.chapterOrder(t.list("outline")))
                .labels(labels(t.mapping("labels")))
                .waivers(waivers(t.mapping("waive")))
                .projects(mappings(t.list("projects")).stream().map(PlanBinder::project).toList())
                .tree(t)
                .build();
    }

    private static Project project(Value.Mapping m) {
        return new Project(m.text("id"), m.text("title"), refs(m.list("strategies")), refs(m.list("goals")),
                m.text("owner"), period(m.mapping("years")), refs(m.list("objectives")), indicators(m.list("indicators")),
                budget(m.get("budget")),
                mappings(m.list("activities")).stream().map(a -> new Activity(a.text("text"), budget(a.get("budget")),
                        a.text("months"), a.text("owner"), a.span())).toList(),
                m.text("description"), form(m), m.span());
    }

    /** The project form's keys, or null when the project writes none of them. */
    private static ProjectForm form(Value.Mapping m) {
        if (Format.PROJECT_FORM_KEYS.stream().noneMatch(k -> m.get(k) != null)) {
            return null;
        }
        Value.Mapping outputs = m.mapping("outputs");
        return new ProjectForm(m.text("kind"), refs(m.list("standards")), m.text("rationale"),
                outputs == null ? List.of() : refs(outputs.list("quantity")),
                outputs == null ? List.of() : refs(outputs.list("quality")),
                mappings(m.list("evaluation")).stream()
                        .map(e -> new ProjectForm.Evaluation(e.text("indicator"), e.text("method"), e.text("tool")))
                        .toList(),
                refs(m.list("expected")),
                mappings(m.list("approvals")).stream()
                        .map(a -> new ProjectForm.Approval(a.text("role"), a.text("name"), a.text("position")))
                        .toList());
    }

    private static List<Indicator> indicators(List<Value> items) {
        return mappings(items).stream().map(m -> {
            Value.Mapping b = m.mapping("baseline");
            Indicator.Baseline baseline = b == null ? null : new Indicator.Baseline(b.year("year"), b.text("value"), b.span());
            Value.Mapping t = m.mapping("targets");
            Indicator.Targets targets = t == null ? null : new Indicator.Targets(t.entries().stream()
                    .map(e -> new Indicator.Target(new Year(Integer.parseInt(e.key().value()), e.key().span()),
                            (Text) e.value())).toList(), t.span());
            return new Indicator(m.text("id"), m.text("text"), m.text("unit"), baseline, targets, m.text("direction"),
                    refs(m.list("scale")), m.span());
        }).toList();
    }

    /** A number is the total; a mapping has the total and its splits. */
    static Budget budget(Value value) {
        if (value instanceof Money total) {
            return Budget.ofTotal(total);
        }
        if (!(value instanceof Value.Mapping m)) {
            return null;
        }
        Value quarters = m.get("quarters");
        Budget.Split quarterSplit = quarters instanceof Value.Sequence s
                ? new Budget.Split(s.items().stream().filter(Money.class::isInstance)
                        .map(q -> new Budget.Share(null, (Money) q)).toList(), s.span())
                : null;
        return new Budget(m.money("total"), split(m.mapping("years")), split(m.mapping("sources")), quarterSplit,
                split(m.mapping("categories")), m.span());
    }

    static Budget.Split split(Value.Mapping m) {
        return m == null ? null : new Budget.Split(m.entries().stream()
                .map(e -> new Budget.Share(e.key(), (Money) e.value())).toList(), m.span());
    }

    private static Organization organization(Value.Mapping m) {
        return m == null ? null : new Organization(m.text("name"), m.text("short"), m.span());
    }

    private static Period period(Value.Mapping m) {
        if (m == null) {
            return null;
        }
        Year from = m.year("from");
        Year to = m.year("to");
        return from == null || to == null ? null : new Period(from, to, m.span());
    }

    private static List<Guideline> guidelines(List<Value> items) {
        List<Guideline> out = new ArrayList<>();
        for (Value item : items) {
            if (item instanceof Text t) {
                out.add(new Guideline(t, List.of(), t.span()));
            } else if (item instanceof Value.Mapping m) {
                out.add(new Guideline(m.text("text"), guidelines(m.list("items")), m.span()));
            }
        }
        return out;
    }

    private static Values values(Value.Mapping m) {
        if (m == null) {
            return null;
        }
        List<ValueItem> items = mappings(m.list("items")).stream()
                .map(i -> new ValueItem(i.text("key"), i.text("name"), i.text("text"), i.span())).toList();
        return new Values(m.text("name"), m.text("motto"), m.text("description"), items, m.span());
    }

    private static Focus focus(Value.Mapping m) {
        if (m == null) {
            return null;
        }
        List<FocusItem> items = mappings(m.list("items")).stream()
                .map(i -> new FocusItem(i.text("text"), i.text("tag"), i.span())).toList();
        return new Focus(m.year("year"), m.text("title"), items, m.span());
    }

    private static SituationAnalysis analysis(Value.Mapping m) {
        if (m == null) {
            return null;
        }
        Map<String, SituationAnalysis.FactorList> lists = new LinkedHashMap<>();
        for (Value.Entry e : m.entries()) {
            if (e.value() instanceof Value.Sequence s) {
                lists.put(e.key().value(), new SituationAnalysis.FactorList(mappings(s.items()).stream()
                        .map(f -> new Factor(f.text("id"), f.text("text"), f.text("category"), f.money("weight"),
                                f.money("score"), f.span())).toList(), e.key().span()));
            }
        }
        return new SituationAnalysis(lists, m.span());
    }

    private static Map<String, Text> labels(Value.Mapping m) {
        Map<String, Text> out = new LinkedHashMap<>();
        if (m != null) {
            m.entries().forEach(e -> out.put(e.key().value(), (Text) e.value()));
        }
        return out;
    }

    private static List<Waiver> waivers(Value.Mapping m) {
        List<Waiver> out = new ArrayList<>();
        if (m != null) {
            m.entries().forEach(e -> out.add(new Waiver(e.key(), (Text) e.value())));
        }
        return out;
    }

    /** A list of ids naming other items; each keeps its own position for unresolved-ref. */
    private static List<Text> refs(List<Value> items) {
        return items.stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
    }

    private static List<Value.Mapping> mappings(List<Value> items) {
        return items.stream().filter(Value.Mapping.class::isInstance).map(Value.Mapping.class::cast).toList();
    }
}
