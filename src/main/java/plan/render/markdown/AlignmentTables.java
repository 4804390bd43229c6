package plan.render.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import plan.format.Alignments;
import plan.format.Item;
import plan.format.Kind;
import plan.model.BudgetSummary;
import plan.model.Framework;
import plan.model.FrameworkItem;
import plan.model.Plan;
import plan.model.Relations;
import plan.model.Strategy;
import plan.model.Text;

/**
 * The alignment chapter's data: for each framework of {@code align-to}, a grid of the plan's
 * strategies (rows) against the framework's top-level items (columns); for the parent plan, each
 * strategy with the parent's goals and strategies it aligns with, their words written out.
 */
final class AlignmentTables {
    /** Where a strategy aligns with the column's item itself; nested items are named by their ids. */
    static final String MARK = "•";
    /** The widest alignment matrix drawn as a table; a framework with more items is listed per strategy. */
    static final int MATRIX_COLUMNS = 16;

    private AlignmentTables() {
    }

    /** The chapter's model, or null when the plan aligns with nothing. */
    static Map<String, Object> of(Plan plan, Relations relations, Map<String, String> labels) {
        Alignments a = AlignmentIndex.alignments(plan);
        List<Map<String, Object>> projects = projects(plan, a, relations, labels);
        if (a.frameworks().isEmpty() && a.parent() == null && projects.isEmpty()) {
            return null;
        }
        Map<String, List<Alignments.Ref>> byStrategy = new LinkedHashMap<>();
        for (Item s : a.items(Kind.STRATEGY)) {
            List<Alignments.Ref> refs = new ArrayList<>();
            a.of(s).stream().map(Alignments.Ref::parse).filter(r -> r != null).forEach(refs::add);
            byStrategy.putIfAbsent(s.id().value(), refs);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> frameworks = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Text id : a.frameworks()) {
            Framework f = relations.frameworks().get(id.value());
            if (f != null && seen.add(id.value())) {
                frameworks.add(framework(plan, f, byStrategy));
            }
        }
        m.put("frameworks", frameworks);
        m.put("projects", projects);
        Plan parent = a.parent() == null ? null : relations.plans().get(a.parent().value());
        if (parent != null && parent != plan) {
            m.put("parent", parent(plan, parent, byStrategy, labels));
        }
        return m;
    }

    /** Each project that names something in {@code aligns}: its "aligns with" line, the words written out. */
    private static List<Map<String, Object>> projects(Plan plan, Alignments a, Relations relations,
                                                      Map<String, String> labels) {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, Integer> numbers = BudgetSummary.of(plan).projectNumbers(plan);
        for (plan.model.Project p : plan.projects()) {
            if (p.id() == null) {
                continue;
            }
            List<String> targets = new ArrayList<>();
            for (Text ref : a.of(new Item(Kind.PROJECT, p.id()))) {
                Alignments.Ref r = Alignments.Ref.parse(ref);
                String words = r == null ? null : words(r, relations, labels);
                targets.add(words != null ? words : cell(ref));
            }
            if (!targets.isEmpty()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", p.id().value());
                row.put("number", numbers.get(p.id().value()));
                row.put("title", cell(p.title()));
                row.put("targets", targets);
                out.add(row);
            }
        }
        return out;
    }

    /** A reference with the words of what it names: a framework's item, or another plan's goal or strategy. */
    private static String words(Alignments.Ref r, Relations relations, Map<String, String> labels) {
        Framework f = relations.frameworks().get(r.target());
        if (f != null) {
            FrameworkItem item = f.itemsById().get(r.item());
            return item == null ? null : cell(f.name()) + " " + cell(item.id()) + " " + cell(item.title());
        }
        Plan other = relations.plans().get(r.target());
        if (other == null) {
            return null;
        }
        for (Kind kind : List.of(Kind.GOAL, Kind.STRATEGY)) {
            AlignmentIndex.Aligned found = AlignmentIndex.describe(other, new Item(kind, new Text(r.item(), null)));
            if (found != null) {
                return "[" + labels.get(kind.equals(Kind.GOAL) ? "goal" : "strategy") + " " + found.number() + "]("
                        + r.target() + ".html#" + found.id() + ") " + cell(found.text());
            }
        }
        return null;
    }

    private static Map<String, Object> framework(Plan plan, Framework f, Map<String, List<Alignments.Ref>> byStrategy) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id().value());
        m.put("title", inline(f.title()));
        m.put("name", cell(f.name()));
        List<Map<String, Object>> columns = new ArrayList<>();
        for (FrameworkItem item : f.items()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", cell(item.id()));
            c.put("title", inline(item.title()));
            columns.add(c);
        }
        m.put("columns", columns);
        // A matrix wider than a page is no use, and a parser's table matching overflows its stack
        // at some hundreds of columns: then each strategy lists what it aligns with.
        m.put("wide", f.items().size() > MATRIX_COLUMNS);
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 0;
        for (Strategy s : plan.strategies()) {
            n++;
            Set<String> named = new LinkedHashSet<>();
            byStrategy.getOrDefault(s.id().value(), List.of()).stream()
                    .filter(r -> r.target().equals(f.id().value())).forEach(r -> named.add(r.item()));
            List<String> marks = new ArrayList<>();
            List<String> aligned = new ArrayList<>();
            for (FrameworkItem column : f.items()) {
                String mark = mark(column, named);
                marks.add(mark);
                if (!mark.isEmpty()) {
                    aligned.add(mark.replace(MARK, cell(column.id())));
                }
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", s.id().value());
            row.put("number", n);
            row.put("title", cell(s.title()));
            row.put("marks", marks);
            row.put("aligned", aligned);
            rows.add(row);
        }
        m.put("rows", rows);
        return m;
    }

    /** The column item itself gets the mark; items nested under it are named by their own ids. */
    private static String mark(FrameworkItem column, Set<String> named) {
        List<String> parts = new ArrayList<>();
        if (column.id() != null && named.contains(column.id().value())) {
            parts.add(MARK);
        }
        List<FrameworkItem> nested = new ArrayList<>();
        collect(column.items(), nested);
        for (FrameworkItem item : nested) {
            if (item.id() != null && named.contains(item.id().value())) {
                parts.add(cell(item.id()));
            }
        }
        return String.join(", ", parts);
    }

    private static void collect(List<FrameworkItem> items, List<FrameworkItem> out) {
        for (FrameworkItem item : items) {
            out.add(item);
            collect(item.items(), out);
        }
    }

    private static Map<String, Object> parent(Plan plan, Plan parent, Map<String, List<Alignments.Ref>> byStrategy,
                                              Map<String, String> labels) {
        Map<String, Object> m = new LinkedHashMap<>();
        String parentId = parent.id().value();
        m.put("id", parentId);
        m.put("title", inline(parent.title()));
        m.put("organization", parent.organization() == null ? "" : inline(parent.organization().name()));
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 0;
        for (Strategy s : plan.strategies()) {
            n++;
            List<String> targets = new ArrayList<>();
            for (Alignments.Ref r : byStrategy.getOrDefault(s.id().value(), List.of())) {
                if (!r.target().equals(parentId)) {
                    continue;
                }
                for (Item kind : List.of(new Item(Kind.GOAL, new Text(r.item(), null)),
                        new Item(Kind.STRATEGY, new Text(r.item(), null)))) {
                    AlignmentIndex.Aligned a = AlignmentIndex.describe(parent, kind);
                    if (a != null) {
                        String label = labels.get(a.kind().equals(Kind.GOAL) ? "goal" : "strategy");
                        targets.add("[" + label + " " + a.number() + "](" + parentId + ".html#" + a.id() + ") "
                                + cell(a.text()));
                        break;
                    }
                }
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", s.id().value());
            row.put("number", n);
            row.put("title", cell(s.title()));
            row.put("targets", targets);
            rows.add(row);
        }
        m.put("rows", rows);
        return m;
    }

    private static String inline(Text text) {
        return text == null || text.isBlank() ? "" : SafeMarkdown.inline(text.value());
    }

    /** A table cell: one line, with the cell separator escaped. */
    private static String cell(Text text) {
        return inline(text).replace("|", "\\|");
    }
}
