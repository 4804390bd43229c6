package plan.render.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import plan.format.Alignments;
import plan.format.Analysis;
import plan.format.BaseChain;
import plan.format.Format;
import plan.format.Item;
import plan.format.Kind;
import plan.model.Activity;
import plan.model.Budget;
import plan.model.BudgetSummary;
import plan.model.Factor;
import plan.model.Goal;
import plan.model.Guideline;
import plan.model.Indicator;
import plan.model.Mission;
import plan.model.Money;
import plan.model.Period;
import plan.model.Plan;
import plan.model.Project;
import plan.model.Relations;
import plan.model.Span;
import plan.model.Strategy;
import plan.model.Text;
import plan.render.markdown.Labels;

/**
 * The JSON document of a plan ({@code ID.json}): every item with its id, its number as the
 * documents print it (กลยุทธ์ที่ 1) and its text as written; goals' missions, strategies' goals,
 * {@code aligns} and {@code from}, indicators with their targets, projects with their budgets;
 * the base the plan continues and, on each inherited item, the plan it was written in.
 */
final class PlanExport {
    /** The version of the document's shape: raised when a key changes meaning or goes. */
    static final int VERSION = 1;

    private final Plan plan;
    private final Relations relations;
    private final Alignments alignments;
    private final Map<String, String> words;

    private PlanExport(Plan plan, Relations relations) {
        this.plan = plan;
        this.relations = relations;
        this.alignments = Alignments.of(Format.STANDARD.plan().root(), plan.tree());
        this.words = new HashMap<>(Labels.defaults(plan.lang()));
        plan.labels().forEach((k, v) -> words.put(k, v.value()));
    }

    static Map<String, Object> of(Plan plan, Relations relations) {
        return new PlanExport(plan, relations).document().map();
    }

    private Fields document() {
        Fields d = new Fields().put("kind", "plan").put("version", VERSION).put("id", plan.id()).put("lang", plan.lang().code())
                .put("title", plan.title()).put("subtitle", plan.subtitle());
        if (plan.organization() != null) {
            d.put("organization", new Fields().put("name", plan.organization().name())
                    .put("shortName", plan.organization().shortName()));
        }
        d.put("period", period(plan.period()));
        Text base = plan.tree().text(Format.BASE);
        if (base != null) {
            d.put("base", new Fields().put("id", base).put("title", plan.tree().text(Format.BASE_TITLE)));
        }
        d.put("parent", alignments.parent());
        d.put("alignTo", Fields.texts(alignments.frameworks()));
        d.put("frameworks", alignments.frameworks().stream().map(f -> relations.frameworks().get(f.value()))
                .filter(f -> f != null).map(f -> new Fields().put("id", f.id()).put("title", f.title()).map()).toList());
        if (plan.vision() != null) {
            d.put("vision", new Fields().put("text", plan.vision()).put("inheritedFrom", inheritedFrom(plan.vision().span())));
        }
        d.always("missions", numbered(plan.missions(), "mission", this::mission));
        d.always("goals", numbered(plan.goals(), "goal", this::goal));
        d.always("strategies", numbered(plan.strategies(), "strategy", this::strategy));
        d.always("projects", projects());
        if (plan.values() != null) {
            d.put("values", new Fields().put("name", plan.values().name()).put("motto", plan.values().motto())
                    .put("items", plan.values().items().stream().map(v -> new Fields().put("key", v.key())
                            .put("name", v.name()).put("text", v.text()).map()).toList())
                    .put("inheritedFrom", inheritedFrom(plan.values().span())));
        }
        if (plan.analysis() != null) {
            List<Map<String, Object>> factors = new ArrayList<>();
            for (Analysis.List4 kind : Analysis.List4.values()) {
                String list = kind.key();
                for (Factor f : plan.analysis().factors(list)) {
                    factors.add(new Fields().put("id", f.id()).put("list", list).put("text", f.text())
                            .put("category", f.category()).put("weight", decimal(f.weight()))
                            .put("score", decimal(f.score())).put("inheritedFrom", inheritedFrom(f.span())).map());
                }
            }
            d.put("analysis", factors);
        }
        Money total = Money.ZERO;
        for (Project p : plan.projects()) {
            total = p.budget() == null || p.budget().total() == null ? total : total.plus(p.budget().total());
        }
        return d.always("budgetTotal", total.exact());
    }

    /** How each kind of item is written, given its number and label. */
    @FunctionalInterface
    private interface Writer<T> {
        Fields write(T item, Fields head);
    }

    private <T> List<Map<String, Object>> numbered(List<T> items, String labelKey, Writer<T> writer) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Fields head = new Fields().put("number", i + 1).put("label", words.get(labelKey) + " " + (i + 1));
            out.add(writer.write(items.get(i), head).map());
        }
        return out;
    }

    /** The projects in the order and with the numbers the plan's documents print (strategy by strategy). */
    private List<Map<String, Object>> projects() {
        Map<String, Integer> numbers = BudgetSummary.of(plan).projectNumbers(plan);
        return plan.projects().stream().sorted(java.util.Comparator.comparing(p -> numbers.get(p.id().value())))
                .map(p -> {
                    int n = numbers.get(p.id().value());
                    return project(p, new Fields().put("number", n).put("label", words.get("project") + " " + n)).map();
                }).toList();
    }

    private Fields mission(Mission m, Fields head) {
        return new Fields().put("id", m.id()).put("number", head.map().get("number")).put("label", head.map().get("label"))
                .put("text", m.text()).put("inheritedFrom", inheritedFrom(m.span()));
    }

    private Fields goal(Goal g, Fields head) {
        return start(g.id(), head).put("text", g.text()).put("missions", Fields.texts(g.missions()))
                .put("aligns", aligns(Kind.GOAL, g.id())).always("indicators", indicators(g.indicators()))
                .put("inheritedFrom", inheritedFrom(g.span()));
    }

    private Fields strategy(Strategy s, Fields head) {
        return start(s.id(), head).put("title", s.title()).put("description", s.description())
                .put("goals", Fields.texts(s.goals())).put("aligns", aligns(Kind.STRATEGY, s.id()))
                .put("from", Fields.texts(s.from()))
                .put("guidelines", guidelines(s.guidelines(), head.map().get("number").toString()))
                .always("indicators", indicators(s.indicators())).put("inheritedFrom", inheritedFrom(s.span()));
    }

    private Fields project(Project p, Fields head) {
        Fields f = start(p.id(), head).put("title", p.title()).put("owner", p.owner())
                .put("strategies", Fields.texts(p.strategies())).put("goals", Fields.texts(p.goals()))
                .put("aligns", aligns(Kind.PROJECT, p.id())).put("years", period(p.years() != null ? p.years() : plan.period()))
                .put("objectives", Fields.texts(p.objectives())).put("description", p.description())
                .always("indicators", indicators(p.indicators())).put("budget", budget(p.budget()));
        return f.put("activities", p.activities().stream().map(this::activity).toList());
    }

    private static Fields start(Text id, Fields head) {
        return new Fields().put("id", id).put("number", head.map().get("number")).put("label", head.map().get("label"));
    }

    private Map<String, Object> activity(Activity a) {
        return new Fields().put("text", a.text()).put("owner", a.owner()).put("months", a.months())
                .put("budget", budget(a.budget())).map();
    }

    private List<Map<String, Object>> guidelines(List<Guideline> guidelines, String number) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < guidelines.size(); i++) {
            String n = number + "." + (i + 1);
            Guideline g = guidelines.get(i);
            out.add(new Fields().put("number", n).put("text", g.text()).put("items", guidelines(g.items(), n)).map());
        }
        return out;
    }

    private List<Map<String, Object>> indicators(List<Indicator> indicators) {
        return indicators.stream().map(this::indicator).toList();
    }

    private Map<String, Object> indicator(Indicator i) {
        Fields f = new Fields().put("id", i.id()).put("text", i.text()).put("unit", i.unit())
                .put("direction", i.falls() ? "down" : "up").put("scale", Fields.texts(i.scale()));
        if (i.baseline() != null) {
            f.put("baseline", new Fields().put("year", i.baseline().year() == null ? null : i.baseline().year().value())
                    .put("value", i.baseline().value()));
        }
        return f.always("targets", i.targetList().stream()
                .map(t -> new Fields().put("year", t.year().value()).put("value", t.value()).map()).toList())
                .put("inheritedFrom", inheritedFrom(i.span())).map();
    }

    private static Map<String, Object> budget(Budget b) {
        if (b == null) {
            return null;
        }
        Fields f = new Fields().put("total", b.total()).put("years", named(b.years(), "year"))
                .put("sources", named(b.sources(), "name"));
        if (b.quarters() != null) {
            f.put("quarters", b.quarters().shares().stream().map(s -> s.amount().exact()).toList());
        }
        return f.put("categories", named(b.categories(), "name")).map();
    }

    private static List<Map<String, Object>> named(Budget.Split split, String key) {
        if (split == null) {
            return null;
        }
        return split.shares().stream().map(s -> new Fields()
                .put(key, key.equals("year") ? (Object) Integer.parseInt(s.name().value()) : s.name())
                .put("amount", s.amount()).map()).toList();
    }

    private List<String> aligns(Kind kind, Text id) {
        return id == null ? List.of() : Fields.texts(alignments.of(new Item(kind, id)));
    }

    private static Map<String, Object> period(Period p) {
        return p == null ? null : new Fields().put("from", p.from() == null ? null : p.from().value())
                .put("to", p.to() == null ? null : p.to().value()).map();
    }

    private static String decimal(Money m) {
        return m == null ? null : m.amount().toPlainString();
    }

    /**
     * The id of the plan an item was written in, when that is not this plan (an item of its base,
     * or of the base's base); null for the plan's own.
     */
    private String inheritedFrom(Span span) {
        return BaseChain.writtenIn(plan, span);
    }
}
