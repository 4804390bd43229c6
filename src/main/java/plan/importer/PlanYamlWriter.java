package plan.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.diag.Message;
import plan.diag.Messages;
import plan.format.Keys;
import plan.model.Budget;
import plan.model.Focus;
import plan.model.FocusItem;
import plan.model.Goal;
import plan.model.Guideline;
import plan.model.Indicator;
import plan.model.Mission;
import plan.model.OutlinePart;
import plan.model.Plan;
import plan.model.Project;
import plan.model.Section;
import plan.model.Strategy;
import plan.model.Text;
import plan.model.ValueItem;
import plan.model.Values;

/**
 * A plan as a YAML file a person would have written: keys in the format's order, block style,
 * Thai as it is, quotes only where YAML needs them, long texts on one line, Markdown as literal
 * blocks, references as short flow lists ([M1, M2]), and comments where a choice was made.
 */
public final class PlanYamlWriter {
    private final StringBuilder out = new StringBuilder();
    private final Map<String, String> comments;

    private PlanYamlWriter(Map<String, String> comments) {
        this.comments = comments;
    }

    /** The plan file of {@code draft}, its comments worded by {@code words} (the reader's language). */
    public static String write(Draft draft, Messages words) {
        Map<String, String> comments = new java.util.TreeMap<>();
        draft.comments().forEach((path, notes) ->
                comments.put(path, String.join("; ", notes.stream().map(words::format).toList())));
        PlanYamlWriter w = new PlanYamlWriter(comments);
        for (Message line : draft.header()) {
            for (String part : words.format(line).split("\n")) {
                w.out.append("# ").append(part).append('\n');
            }
        }
        Entries plan = plan(draft.plan(), draft.extra());
        draft.extra().inherited().forEach(plan.entries()::remove); // the base holds them
        w.map(plan, KeyOrder.ROOT, 0, "", false);
        return w.out.toString();
    }

    /** Values a map entry can hold. */
    private sealed interface Node permits Scalar, Number, Amount, Markdown, Refs, Items, Entries {
    }

    /** A number as written (amounts, targets): exact, never through binary floating point. */
    private record Amount(java.math.BigDecimal value) implements Node {
    }

    /** An integer (format, years), written as a YAML number. */
    private record Number(int value) implements Node {
    }

    private record Scalar(String value) implements Node {
    }

    private record Markdown(String value) implements Node {
    }

    private record Refs(List<String> ids) implements Node {
    }

    private record Items(List<Node> items) implements Node {
    }

    /** A mapping; which mapping of the description it is follows from where it stands. */
    private record Entries(Map<String, Node> entries) implements Node {
    }

    // --- the plan as nodes (absent parts left out) ---

    private static Entries plan(Plan p, Draft.Extra extra) {
        Map<String, Node> m = new LinkedHashMap<>();
        m.put(Keys.FORMAT, new Number(p.format()));
        put(m, Keys.ID, p.id());
        if (extra.base() != null) {
            m.put(Keys.BASE, new Scalar(extra.base()));
        }
        m.put(Keys.LANG, new Scalar(p.lang().code()));
        if (extra.digits() != null) {
            m.put(Keys.DIGITS, new Scalar(extra.digits()));
        }
        put(m, Keys.TITLE, p.title());
        put(m, Keys.SUBTITLE, p.subtitle());
        if (p.organization() != null) {
            Map<String, Node> o = new LinkedHashMap<>();
            put(o, Keys.NAME, p.organization().name());
            put(o, Keys.SHORT, p.organization().shortName());
            m.put(Keys.ORGANIZATION, new Entries(o));
        }
        if (p.period() != null) {
            Map<String, Node> o = new LinkedHashMap<>();
            o.put(Keys.FROM, new Number(p.period().from().value()));
            o.put(Keys.TO, new Number(p.period().to().value()));
            m.put(Keys.PERIOD, new Entries(o));
        }
        markdown(m, Keys.PREAMBLE, p.preamble());
        if (!extra.analysis().isEmpty()) {
            Map<String, Node> a = new LinkedHashMap<>();
            extra.analysis().forEach((list, factors) -> a.put(list, new Items(factors.stream().map(f -> {
                Map<String, Node> factor = new LinkedHashMap<>();
                factor.put(Keys.ID, new Scalar(f.get(0)));
                factor.put(Keys.TEXT, new Scalar(f.get(1)));
                return (Node) new Entries(factor);
            }).toList())));
            m.put(Keys.ANALYSIS, new Entries(a));
        }
        put(m, Keys.VISION, p.vision());
        list(m, Keys.MISSIONS, p.missions().stream().map(PlanYamlWriter::mission).toList());
        list(m, Keys.GOALS, p.goals().stream().map(PlanYamlWriter::goal).toList());
        list(m, Keys.STRATEGIES, p.strategies().stream().map(PlanYamlWriter::strategy).toList());
        if (p.values() != null) {
            m.put(Keys.VALUES, values(p.values()));
        }
        if (p.focus() != null) {
            m.put(Keys.FOCUS, focus(p.focus()));
        }
        List<Node> projects = new ArrayList<>();
        for (int i = 0; i < p.projects().size(); i++) {
            projects.add(project(p.projects().get(i), extra.forms().get(i)));
        }
        list(m, Keys.PROJECTS, projects);
        list(m, Keys.SECTIONS, p.sections().stream().map(PlanYamlWriter::section).toList());
        if (!extra.parts().isEmpty()) {
            m.put(Keys.OUTLINE, new Items(extra.parts().stream().map(part -> {
                Map<String, Node> e = new LinkedHashMap<>();
                e.put(OutlinePart.TITLE, new Scalar(part.title()));
                e.put(OutlinePart.CHAPTERS, new Refs(part.chapters()));
                return (Node) new Entries(e);
            }).toList()));
        } else if (!p.outline().isEmpty()) {
            m.put(Keys.OUTLINE, new Refs(p.outline().stream().map(Text::value).toList()));
        }
        if (!p.labels().isEmpty()) {
            Map<String, Node> l = new LinkedHashMap<>();
            p.labels().forEach((k, v) -> l.put(k, new Scalar(v.value())));
            m.put(Keys.LABELS, new Entries(l));
        }
        return new Entries(m);
    }

    private static Node mission(Mission x) {
        Map<String, Node> m = new LinkedHashMap<>();
        put(m, Keys.ID, x.id());
        put(m, Keys.TEXT, x.text());
        return new Entries(m);
    }

    private static Node goal(Goal x) {
        Map<String, Node> m = new LinkedHashMap<>();
        put(m, Keys.ID, x.id());
        put(m, Keys.TEXT, x.text());
        refs(m, Keys.MISSIONS, x.missions());
        list(m, Keys.INDICATORS, x.indicators().stream().map(PlanYamlWriter::indicator).toList());
        return new Entries(m);
    }

    private static Node strategy(Strategy x) {
        Map<String, Node> m = new LinkedHashMap<>();
        put(m, Keys.ID, x.id());
        put(m, Keys.TITLE, x.title());
        refs(m, Keys.GOALS, x.goals());
        list(m, Keys.GUIDELINES, x.guidelines().stream().map(PlanYamlWriter::guideline).toList());
        markdown(m, Keys.DESCRIPTION, x.description());
        list(m, Keys.INDICATORS, x.indicators().stream().map(PlanYamlWriter::indicator).toList());
        return new Entries(m);
    }

    private static Node indicator(Indicator x) {
        Map<String, Node> m = new LinkedHashMap<>();
        put(m, Keys.ID, x.id());
        put(m, Keys.TEXT, x.text());
        put(m, Keys.UNIT, x.unit());
        if (x.baseline() != null) {
            Map<String, Node> b = new LinkedHashMap<>();
            if (x.baseline().year() != null) {
                b.put(Keys.YEAR, new Number(x.baseline().year().value()));
            }
            b.put(Keys.VALUE, measure(x.baseline().value().value()));
            m.put(Keys.BASELINE, new Entries(b));
        }
        Map<String, Node> t = new LinkedHashMap<>();
        x.targetList().forEach(target -> t.put(String.valueOf(target.year().value()), measure(target.value().value())));
        m.put(Keys.TARGETS, new Entries(t));
        return new Entries(m);
    }

    /** A target or baseline: a number when it is one (Thai digits read), else the text as written. */
    private static Node measure(String value) {
        String arabic = WhiteSpace.arabicDigits(WhiteSpace.strip(value)).replace(",", "");
        return arabic.matches("-?[0-9]{1,12}(\\.[0-9]{1,6})?") ? new Amount(new java.math.BigDecimal(arabic)) : new Scalar(value);
    }

    private static Node project(Project x, ProjectForm form) {
        Map<String, Node> m = new LinkedHashMap<>();
        put(m, Keys.ID, x.id());
        put(m, Keys.TITLE, x.title());
        refs(m, Keys.STRATEGIES, x.strategies());
        put(m, Keys.OWNER, x.owner());
        if (x.years() != null) {
            Map<String, Node> y = new LinkedHashMap<>();
            y.put(Keys.FROM, new Number(x.years().from().value()));
            y.put(Keys.TO, new Number(x.years().to().value()));
            m.put(Keys.YEARS, new Entries(y));
        }
        list(m, Keys.INDICATORS, x.indicators().stream().map(PlanYamlWriter::indicator).toList());
        if (x.budget() != null) {
            m.put(Keys.BUDGET, budget(x.budget()));
        }
        list(m, Keys.OBJECTIVES, x.objectives().stream().map(o -> (Node) new Scalar(o.value())).toList());
        list(m, Keys.ACTIVITIES, x.activities().stream().map(a -> {
            Map<String, Node> e = new LinkedHashMap<>();
            put(e, Keys.TEXT, a.text());
            return (Node) new Entries(e);
        }).toList());
        if (form != null) {
            form(m, form);
        }
        markdown(m, Keys.DESCRIPTION, x.description());
        return new Entries(m);
    }

    /** The keys of the project form (format part 2), as the form gave them. */
    private static void form(Map<String, Node> m, ProjectForm f) {
        if (f.kind != null) {
            m.put(Keys.KIND, new Scalar(f.kind));
        }
        list(m, Keys.STANDARDS, scalars(f.standards));
        if (!f.rationale.isEmpty()) {
            m.put(Keys.RATIONALE, new Markdown(String.join("\n\n", f.rationale)));
        }
        if (!f.quantity.isEmpty() || !f.quality.isEmpty()) {
            Map<String, Node> o = new LinkedHashMap<>();
            list(o, Keys.QUANTITY, scalars(f.quantity));
            list(o, Keys.QUALITY, scalars(f.quality));
            m.put(Keys.OUTPUTS, new Entries(o));
        }
        list(m, Keys.EVALUATION, f.evaluation.stream().map(row -> {
            Map<String, Node> e = new LinkedHashMap<>();
            String[] keys = {Keys.INDICATOR, Keys.METHOD, Keys.TOOL};
            for (int i = 0; i < keys.length; i++) {
                if (!row.get(i).isEmpty()) {
                    e.put(keys[i], new Scalar(MarkdownText.inline(row.get(i))));
                }
            }
            return (Node) new Entries(e);
        }).toList());
        list(m, Keys.EXPECTED, scalars(f.expected));
        list(m, Keys.APPROVALS, f.approvals.stream().map(a -> {
            Map<String, Node> e = new LinkedHashMap<>();
            String[] keys = {Keys.ROLE, Keys.NAME, Keys.POSITION};
            for (int i = 0; i < keys.length; i++) {
                if (a[i] != null && !a[i].isEmpty()) {
                    e.put(keys[i], new Scalar(MarkdownText.inline(a[i])));
                }
            }
            return (Node) new Entries(e);
        }).toList());
    }

    private static List<Node> scalars(List<String> texts) {
        return texts.stream().map(t -> (Node) new Scalar(t)).toList();
    }

    /** A budget: its total alone as a number; with its parts, a map. */
    private static Node budget(Budget b) {
        if (b.years() == null && b.sources() == null && b.quarters() == null && b.categories() == null) {
            return new Amount(b.total().amount());
        }
        Map<String, Node> m = new LinkedHashMap<>();
        m.put(Keys.TOTAL, new Amount(b.total().amount()));
        for (Object[] part : new Object[][] {{Keys.YEARS, b.years()}, {Keys.SOURCES, b.sources()}, {Keys.CATEGORIES, b.categories()}}) {
            Budget.Split split = (Budget.Split) part[1];
            if (split != null) {
                Map<String, Node> shares = new LinkedHashMap<>();
                split.shares().forEach(sh -> shares.put(sh.name().value(), new Amount(sh.amount().amount())));
                m.put((String) part[0], new Entries(shares));
            }
        }
        if (b.quarters() != null) {
            m.put(Keys.QUARTERS, new Items(b.quarters().shares().stream().map(sh -> (Node) new Amount(sh.amount().amount())).toList()));
        }
        return new Entries(m);
    }

    private static Node guideline(Guideline g) {
        if (g.items().isEmpty()) {
            return new Scalar(g.text().value());
        }
        Map<String, Node> m = new LinkedHashMap<>();
        put(m, Keys.TEXT, g.text());
        list(m, Keys.ITEMS, g.items().stream().map(PlanYamlWriter::guideline).toList());
        return new Entries(m);
    }

    private static Node values(Values v) {
        Map<String, Node> m = new LinkedHashMap<>();
        put(m, Keys.NAME, v.name());
        put(m, Keys.MOTTO, v.motto());
        markdown(m, Keys.DESCRIPTION, v.description());
        list(m, Keys.ITEMS, v.items().stream().map(PlanYamlWriter::valueItem).toList());
        return new Entries(m);
    }

    private static Node valueItem(ValueItem x) {
        Map<String, Node> m = new LinkedHashMap<>();
        put(m, Keys.KEY, x.key());
        put(m, Keys.NAME, x.name());
        put(m, Keys.TEXT, x.text());
        return new Entries(m);
    }

    private static Node focus(Focus f) {
        Map<String, Node> m = new LinkedHashMap<>();
        if (f.year() != null) {
            m.put(Keys.YEAR, new Number(f.year().value()));
        }
        put(m, Keys.TITLE, f.title());
        list(m, Keys.ITEMS, f.items().stream().map(PlanYamlWriter::focusItem).toList());
        return new Entries(m);
    }

    private static Node focusItem(FocusItem x) {
        Map<String, Node> m = new LinkedHashMap<>();
        put(m, Keys.TEXT, x.text());
        put(m, Keys.TAG, x.tag());
        return new Entries(m);
    }

    private static Node section(Section s) {
        Map<String, Node> m = new LinkedHashMap<>();
        put(m, Keys.ID, s.id());
        put(m, Keys.TITLE, s.title());
        markdown(m, Keys.BODY, s.body());
        return new Entries(m);
    }

    private static void put(Map<String, Node> m, String key, Text t) {
        if (t != null && t.value() != null) {
            m.put(key, new Scalar(t.value()));
        }
    }

    private static void markdown(Map<String, Node> m, String key, Text t) {
        if (t != null && t.value() != null) {
            m.put(key, t.value().contains("\n") ? new Markdown(t.value()) : new Scalar(t.value()));
        }
    }

    private static void refs(Map<String, Node> m, String key, List<Text> ids) {
        if (!ids.isEmpty()) {
            m.put(key, new Refs(ids.stream().map(Text::value).toList()));
        }
    }

    private static void list(Map<String, Node> m, String key, List<Node> items) {
        if (!items.isEmpty()) {
            m.put(key, new Items(items));
        }
    }

    // --- writing ---

    /**
     * A map's entries in the format's key order. {@code inItem}: the first entry goes on the
     * line of the list item's dash, which the caller has written.
     */
    private void map(Entries e, String kind, int indent, String path, boolean inItem) {
        // A map of free keys (sources, targets by year) keeps the source's order.
        List<String> order = kind.equals(KeyOrder.FREE) ? List.copyOf(e.entries().keySet()) : KeyOrder.of(kind);
        List<String> keys = new ArrayList<>(e.entries().keySet());
        for (String k : keys) {
            if (!order.contains(k) && !k.startsWith("#")) {
                throw new IllegalStateException("key " + k + " is not a key of " + kind);
            }
        }
        keys.sort((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
        boolean first = true;
        for (String absent : order) {
            String note = comments.get(path.isEmpty() ? absent : path + "." + absent);
            if (!keys.contains(absent) && note != null && !inItem) {
                // A key the source gives nothing for, noted where it belongs.
                int before = keys.stream().filter(k -> order.indexOf(k) < order.indexOf(absent)).mapToInt(keys::indexOf).max().orElse(-1);
                keys.add(before + 1, "#" + absent);
            }
        }
        for (String key : keys) {
            if (key.startsWith("#")) {
                out.append(" ".repeat(indent)).append("# ").append(key.substring(1)).append(": ")
                        .append(comments.get(path.isEmpty() ? key.substring(1) : path + "." + key.substring(1))).append('\n');
                continue;
            }
            if (!(first && inItem)) {
                out.append(" ".repeat(indent));
            }
            first = false;
            entry(key, e.entries().get(key), indent, path.isEmpty() ? key : path + "." + key, KeyOrder.child(kind, key));
        }
    }

    private void entry(String key, Node value, int indent, String path, String childKind) {
        String comment = comments.get(path);
        // Free keys (a budget's sources) are the source's words: quoted where YAML needs it; years stay numbers.
        out.append(key.matches("[0-9]+") ? key : YamlScalars.scalar(key)).append(':');
        switch (value) {
            case Scalar s -> {
                out.append(' ').append(YamlScalars.scalar(s.value()));
                endLine(comment);
            }
            case Number n -> {
                out.append(' ').append(n.value());
                endLine(comment);
            }
            case Amount n -> {
                out.append(' ').append(n.value().toPlainString());
                endLine(comment);
            }
            case Refs r -> {
                out.append(" [").append(String.join(", ", r.ids().stream().map(YamlScalars::scalar).toList())).append(']');
                endLine(comment);
            }
            case Markdown md -> {
                out.append(' ').append(YamlScalars.literalHeader(md.value()));
                endLine(comment);
                for (String line : md.value().stripTrailing().split("\n", -1)) {
                    String trimmed = line.stripTrailing();
                    out.append(trimmed.isEmpty() ? "" : " ".repeat(indent + 2) + trimmed).append('\n');
                }
            }
            case Entries m -> {
                endLine(comment);
                map(m, childKind, indent + 2, path, false);
            }
            case Items items -> {
                endLine(comment);
                for (int i = 0; i < items.items().size(); i++) {
                    item(items.items().get(i), indent + 2, path + "[" + i + "]", childKind);
                }
            }
        }
    }

    private void item(Node node, int indent, String path, String kind) {
        out.append(" ".repeat(indent)).append("- ");
        if (node instanceof Scalar s) {
            out.append(YamlScalars.scalar(s.value()));
            endLine(comments.get(path));
        } else if (node instanceof Amount a) {
            out.append(a.value().toPlainString());
            endLine(comments.get(path));
        } else if (node instanceof Entries e) {
            String byId = e.entries().get(Keys.ID) instanceof Scalar id ? path.replaceFirst("\\[\\d+]$", "") + "." + id.value() : null;
            String comment = byId != null && comments.containsKey(byId) ? comments.get(byId) : comments.get(path);
            if (comment != null) {
                // The item's comment above its first line, where it reads as a note on the item.
                out.setLength(out.length() - indent - 2);
                out.append(" ".repeat(indent)).append("# ").append(comment).append('\n');
                out.append(" ".repeat(indent)).append("- ");
            }
            map(e, kind, indent + 2, path, true);
        } else {
            throw new IllegalStateException("list item " + node);
        }
    }

    private void endLine(String comment) {
        if (comment != null) {
            out.append("  # ").append(comment);
        }
        out.append('\n');
    }
}
