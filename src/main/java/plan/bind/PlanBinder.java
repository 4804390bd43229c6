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
import plan.format.Keys;
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
            Span at = Reader.nothing(root) ? new Span(findings.file(), 1, 1) : read.span(root);
            read.report(Rule.WRONG_TYPE, at, Message.of(Reader.nothing(root) ? "bind.empty-file" : "bind.root-not-map"),
                    Message.of("bind.root.hint"));
            return null;
        }
        boolean hasBase = hasKey((MappingNode) root, Format.BASE);
        Type.Struct described = hasBase ? inheritedOptional(format.plan().root()) : format.plan().root();
        Value.Mapping tree = new TreeBinder(read, defaultId).struct(described, root, format.plan().name());
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
        Text id = t.text(Keys.ID);
        return Plan.builder()
                .file(file)
                .format(Format.VERSION)
                // An invalid id was reported; the file's name stands in so the plan can be listed.
                .id(id != null ? id : new Text(defaultId, Span.NONE))
                .lang(t.text(Keys.LANG) != null && t.text(Keys.LANG).value().equals(Lang.EN.code()) ? Lang.EN : Lang.TH)
                .title(t.text(Keys.TITLE))
                .subtitle(t.text(Keys.SUBTITLE))
                .organization(organization(t.mapping(Keys.ORGANIZATION)))
                .period(period(t.mapping(Keys.PERIOD)))
                .preamble(t.text(Keys.PREAMBLE))
                .vision(t.text(Keys.VISION))
                .missions(mappings(t.list(Keys.MISSIONS)).stream()
                        .map(m -> new Mission(m.text(Keys.ID), m.text(Keys.TEXT), m.span())).toList())
                .goals(mappings(t.list(Keys.GOALS)).stream()
                                .map(m -> new Goal(m.text(Keys.ID), m.text(Keys.TEXT), refs(m.list(Keys.MISSIONS)),
                                indicators(m.list(Keys.INDICATORS)), m.span())).toList())
                .strategies(mappings(t.list(Keys.STRATEGIES)).stream()
                        .map(m -> new Strategy(m.text(Keys.ID), m.text(Keys.TITLE), refs(m.list(Keys.GOALS)),
                                guidelines(m.list(Keys.GUIDELINES)), m.text(Keys.DESCRIPTION),
                                indicators(m.list(Keys.INDICATORS)), refs(m.list(Keys.FROM)), m.span())).toList())
                .values(values(t.mapping(Keys.VALUES)))
                .focus(focus(t.mapping(Keys.FOCUS)))
                .analysis(analysis(t.mapping(Keys.ANALYSIS)))
                .sections(mappings(t.list(Keys.SECTIONS)).stream()
                        .map(m -> new Section(m.text(Keys.ID), m.text(Keys.TITLE), m.text(Keys.BODY), m.span())).toList())
                .outline(OutlinePart.chapterOrder(t.list(Keys.OUTLINE)))
                .labels(labels(t.mapping(Keys.LABELS)))
                .waivers(waivers(t.mapping(Keys.WAIVE)))
                .projects(mappings(t.list(Keys.PROJECTS)).stream().map(PlanBinder::project).toList())
                .tree(t)
                .build();
    }

    private static Project project(Value.Mapping m) {
        return new Project(m.text(Keys.ID), m.text(Keys.TITLE), refs(m.list(Keys.STRATEGIES)), refs(m.list(Keys.GOALS)),
                m.text(Keys.OWNER), period(m.mapping(Keys.YEARS)), refs(m.list(Keys.OBJECTIVES)), indicators(m.list(Keys.INDICATORS)),
                budget(m.get(Keys.BUDGET)),
                mappings(m.list(Keys.ACTIVITIES)).stream().map(a -> new Activity(a.text(Keys.TEXT), budget(a.get(Keys.BUDGET)),
                        a.text(Keys.MONTHS), a.text(Keys.OWNER), a.span())).toList(),
                m.text(Keys.DESCRIPTION), form(m), m.span());
    }

    /** The project form's keys, or null when the project writes none of them. */
    private static ProjectForm form(Value.Mapping m) {
        if (Format.PROJECT_FORM_KEYS.stream().noneMatch(k -> m.get(k) != null)) {
            return null;
        }
        Value.Mapping outputs = m.mapping(Keys.OUTPUTS);
        return new ProjectForm(m.text(Keys.KIND), refs(m.list(Keys.STANDARDS)), m.text(Keys.RATIONALE),
                outputs == null ? List.of() : refs(outputs.list(Keys.QUANTITY)),
                outputs == null ? List.of() : refs(outputs.list(Keys.QUALITY)),
                mappings(m.list(Keys.EVALUATION)).stream()
                        .map(e -> new ProjectForm.Evaluation(e.text(Keys.INDICATOR), e.text(Keys.METHOD), e.text(Keys.TOOL)))
                        .toList(),
                refs(m.list(Keys.EXPECTED)),
                mappings(m.list(Keys.APPROVALS)).stream()
                        .map(a -> new ProjectForm.Approval(a.text(Keys.ROLE), a.text(Keys.NAME), a.text(Keys.POSITION)))
                        .toList());
    }

    private static List<Indicator> indicators(List<Value> items) {
        return mappings(items).stream().map(m -> {
            Value.Mapping b = m.mapping(Keys.BASELINE);
            Indicator.Baseline baseline = b == null ? null : new Indicator.Baseline(b.year(Keys.YEAR), b.text(Keys.VALUE), b.span());
            Value.Mapping t = m.mapping(Keys.TARGETS);
            Indicator.Targets targets = t == null ? null : new Indicator.Targets(t.entries().stream()
                    .map(e -> new Indicator.Target(new Year(Integer.parseInt(e.key().value()), e.key().span()),
                            (Text) e.value())).toList(), t.span());
            return new Indicator(m.text(Keys.ID), m.text(Keys.TEXT), m.text(Keys.UNIT), baseline, targets, m.text(Keys.DIRECTION),
                    refs(m.list(Keys.SCALE)), m.span());
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
        Value quarters = m.get(Keys.QUARTERS);
        Budget.Split quarterSplit = quarters instanceof Value.Sequence s
                ? new Budget.Split(s.items().stream().filter(Money.class::isInstance)
                        .map(q -> new Budget.Share(null, (Money) q)).toList(), s.span())
                : null;
        return new Budget(m.money(Keys.TOTAL), split(m.mapping(Keys.YEARS)), split(m.mapping(Keys.SOURCES)), quarterSplit,
                split(m.mapping(Keys.CATEGORIES)), m.span());
    }

    static Budget.Split split(Value.Mapping m) {
        return m == null ? null : new Budget.Split(m.entries().stream()
                .map(e -> new Budget.Share(e.key(), (Money) e.value())).toList(), m.span());
    }

    private static Organization organization(Value.Mapping m) {
        return m == null ? null : new Organization(m.text(Keys.NAME), m.text(Keys.SHORT), m.span());
    }

    private static Period period(Value.Mapping m) {
        if (m == null) {
            return null;
        }
        Year from = m.year(Keys.FROM);
        Year to = m.year(Keys.TO);
        return from == null || to == null ? null : new Period(from, to, m.span());
    }

    private static List<Guideline> guidelines(List<Value> items) {
        List<Guideline> out = new ArrayList<>();
        for (Value item : items) {
            if (item instanceof Text t) {
                out.add(new Guideline(t, List.of(), t.span()));
            } else if (item instanceof Value.Mapping m) {
                out.add(new Guideline(m.text(Keys.TEXT), guidelines(m.list(Keys.ITEMS)), m.span()));
            }
        }
        return out;
    }

    private static Values values(Value.Mapping m) {
        if (m == null) {
            return null;
        }
        List<ValueItem> items = mappings(m.list(Keys.ITEMS)).stream()
                .map(i -> new ValueItem(i.text(Keys.KEY), i.text(Keys.NAME), i.text(Keys.TEXT), i.span())).toList();
        return new Values(m.text(Keys.NAME), m.text(Keys.MOTTO), m.text(Keys.DESCRIPTION), items, m.span());
    }

    private static Focus focus(Value.Mapping m) {
        if (m == null) {
            return null;
        }
        List<FocusItem> items = mappings(m.list(Keys.ITEMS)).stream()
                .map(i -> new FocusItem(i.text(Keys.TEXT), i.text(Keys.TAG), i.span())).toList();
        return new Focus(m.year(Keys.YEAR), m.text(Keys.TITLE), items, m.span());
    }

    private static SituationAnalysis analysis(Value.Mapping m) {
        if (m == null) {
            return null;
        }
        Map<String, SituationAnalysis.FactorList> lists = new LinkedHashMap<>();
        for (Value.Entry e : m.entries()) {
            if (e.value() instanceof Value.Sequence s) {
                lists.put(e.key().value(), new SituationAnalysis.FactorList(mappings(s.items()).stream()
                        .map(f -> new Factor(f.text(Keys.ID), f.text(Keys.TEXT), f.text(Keys.CATEGORY), f.money(Keys.WEIGHT),
                                f.money(Keys.SCORE), f.span(), f.has(Keys.WEIGHT))).toList(), e.key().span()));
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
