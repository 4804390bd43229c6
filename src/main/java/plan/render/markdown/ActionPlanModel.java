package plan.render.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.model.Activity;
import plan.model.Budget;
import plan.model.BudgetSummary;
import plan.model.Indicator;
import plan.model.Money;
import plan.model.Period;
import plan.model.Plan;
import plan.model.Project;
import plan.model.ProjectForm;
import plan.model.Strategy;
import plan.model.Text;

/**
 * The action-plan part of what the content template sees: indicators with one target cell per
 * fiscal year, projects with their budgets, and the budget summary. Amounts come formatted
 * (48,500; 1,250,000.50) and added up here, exactly, once ({@link BudgetSummary}), so a
 * template only lays them out. Every text is safe Markdown; table cells have {@code |} escaped.
 *
 * <p>Keys: {@code years} (the plan's fiscal years), {@code projects} (numbered strategy by strategy,
 * {@link BudgetSummary#projectNumbers}), {@code forms} (the projects with a project form, in number order),
 * {@code projectsByStrategy},
 * {@code budget} (with {@code quarterTotal}, the quarters' sum, and {@code unquartered} and {@code uncategorized},
 * the amounts no project divides); {@code indicators} on each goal, strategy and project.
 */
final class ActionPlanModel {
    private ActionPlanModel() {
    }

    static void add(Plan plan, Map<String, Object> m) {
        m.put("years", years(plan.period()));
        Map<String, Integer> strategyNumbers = DocumentModel.numbers(plan.strategies().stream().map(Strategy::id).toList());
        Map<String, Integer> goalNumbers = DocumentModel.numbers(plan.goals().stream().map(g -> g.id()).toList());
        BudgetSummary summary = BudgetSummary.of(plan);
        Map<String, Integer> projectNumbers = summary.projectNumbers(plan);
        Map<String, Map<String, Object>> projects = new LinkedHashMap<>();
        for (Project p : plan.projects()) {
            projects.put(p.id().value(), project(p, projectNumbers.get(p.id().value()), plan, strategyNumbers,
                    goalNumbers));
        }
        List<Map<String, Object>> numbered = projects.values().stream()
                .sorted(java.util.Comparator.comparing(p -> (Integer) p.get("number"))).toList();
        m.put("projects", numbered);
        m.put("forms", numbered.stream().filter(p -> p.containsKey("form")).toList());
        List<Map<String, Object>> byStrategy = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BudgetSummary.Row row : summary.rows()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", row.strategy().id().value());
            s.put("number", strategyNumbers.get(row.strategy().id().value()));
            s.put("title", DocumentModel.cell(row.strategy().title()));
            s.put("projects", row.projects().stream().map(p -> projects.get(p.id().value())).toList());
            s.put("amounts", row.bySource().stream().map(Money::formatted).toList());
            s.put("total", row.total().formatted());
            byStrategy.add(s);
            rows.add(s);
        }
        m.put("projectsByStrategy", byStrategy);
        Map<String, Object> budget = new LinkedHashMap<>();
        // "" is the source of budgets that name none: the template prints its own word for it.
        budget.put("sources", summary.sources().stream().map(ActionPlanModel::name).toList());
        budget.put("rows", rows);
        budget.put("totals", summary.bySource().stream().map(Money::formatted).toList());
        budget.put("total", summary.total().formatted());
        budget.put("quarters", summary.quarters().stream().map(Money::formatted).toList());
        budget.put("quarterTotal", summary.quarters().stream().reduce(Money.ZERO, Money::plus).formatted());
        // What no project breaks down: a row of each table of its own, so every table adds up to "total".
        budget.put("unquartered", summary.unquartered().formatted());
        budget.put("uncategorized", summary.uncategorized().formatted());
        List<Map<String, Object>> categories = new ArrayList<>();
        summary.categories().forEach((name, amount) -> categories.add(share(name, amount)));
        budget.put("categories", categories);
        budget.put("projectCount", plan.projects().size());
        m.put("budget", budget);
    }

    private static Map<String, Object> project(Project p, int number, Plan plan, Map<String, Integer> strategyNumbers,
                                               Map<String, Integer> goalNumbers) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id().value());
        m.put("number", number);
        m.put("title", DocumentModel.inline(p.title()));
        m.put("titleCell", DocumentModel.cell(p.title()));
        put(m, "owner", DocumentModel.inline(p.owner()));
        m.put("ownerCell", DocumentModel.cell(p.owner()));
        m.put("strategies", DocumentModel.refs(p.strategies().stream().map(Text::value).toList(), strategyNumbers));
        m.put("goals", DocumentModel.refs(p.goals().stream().map(Text::value).toList(), goalNumbers));
        Period years = p.years() != null ? p.years() : plan.period();
        m.put("years", years(years));
        m.put("objectives", p.objectives().stream().map(DocumentModel::inline).filter(o -> o != null).toList());
        m.put("indicators", indicators(p.indicators(), years));
        put(m, "budget", budget(p.budget()));
        List<Map<String, Object>> activities = new ArrayList<>();
        for (Activity a : p.activities()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("text", DocumentModel.cell(a.text()));
            am.put("budget", a.budget() == null || a.budget().total() == null ? "" : a.budget().total().formatted());
            am.put("months", a.months() == null ? "" : DocumentModel.cell(a.months()));
            am.put("owner", a.owner() == null ? "" : DocumentModel.cell(a.owner()));
            activities.add(am);
        }
        m.put("activities", activities);
        put(m, "description", DocumentModel.block(p.description()));
        m.put("period", years.from().value() == years.to().value() ? String.valueOf(years.from().value())
                : years.from().value() + "–" + years.to().value());
        put(m, "form", form(p));
        return m;
    }

    /**
     * The project form's parts (null without form): {@code kind} as the label key of its words,
     * {@code evaluation} rows with an indicator's id written as the indicator's text.
     */
    private static Map<String, Object> form(Project p) {
        ProjectForm f = p.form();
        if (f == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "kind", f.kind() == null ? null : "kind-" + f.kind().value());
        m.put("standards", texts(f.standards()));
        put(m, "rationale", DocumentModel.block(f.rationale()));
        m.put("quantity", texts(f.quantity()));
        m.put("quality", texts(f.quality()));
        Map<String, Text> indicators = new LinkedHashMap<>();
        p.indicators().forEach(i -> indicators.putIfAbsent(i.id().value(), i.text()));
        List<Map<String, Object>> evaluation = new ArrayList<>();
        for (ProjectForm.Evaluation e : f.evaluation()) {
            Map<String, Object> row = new LinkedHashMap<>();
            Text indicator = e.indicator() == null ? null : indicators.getOrDefault(e.indicator().value(), e.indicator());
            row.put("indicator", indicator == null ? "" : DocumentModel.cell(indicator));
            row.put("method", e.method() == null ? "" : DocumentModel.cell(e.method()));
            row.put("tool", e.tool() == null ? "" : DocumentModel.cell(e.tool()));
            evaluation.add(row);
        }
        m.put("evaluation", evaluation);
        m.put("expected", texts(f.expected()));
        List<Map<String, Object>> approvals = new ArrayList<>();
        for (ProjectForm.Approval a : f.approvals()) {
            Map<String, Object> block = new LinkedHashMap<>();
            put(block, "role", DocumentModel.inline(a.role()));
            put(block, "name", DocumentModel.inline(a.name()));
            put(block, "position", DocumentModel.inline(a.position()));
            approvals.add(block);
        }
        m.put("approvals", approvals);
        return m;
    }

    private static List<String> texts(List<Text> texts) {
        return texts.stream().map(DocumentModel::inline).filter(t -> t != null).toList();
    }

    /** Each indicator with one target cell per year of {@code years} ("" where none is given). */
    static List<Map<String, Object>> indicators(List<Indicator> indicators, Period years) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Indicator i : indicators) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id().value());
            m.put("text", DocumentModel.cell(i.text()));
            m.put("unit", i.unit() == null ? "" : DocumentModel.cell(i.unit()));
            Indicator.Baseline b = i.baseline();
            m.put("baseline", b == null || b.value() == null ? "" : DocumentModel.cell(b.value()));
            m.put("baselineYear", b == null || b.year() == null ? "" : String.valueOf(b.year().value()));
            List<String> targets = new ArrayList<>();
            for (int year : years(years)) {
                Text t = i.target(year);
                targets.add(t == null ? "" : DocumentModel.cell(t));
            }
            m.put("targets", targets);
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> budget(Budget b) {
        if (b == null || b.total() == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", b.total().formatted());
        m.put("years", shares(b.years()));
        m.put("sources", shares(b.sources()));
        m.put("quarters", b.quarters() == null ? List.of()
                : b.quarters().shares().stream().map(s -> s.amount().formatted()).toList());
        m.put("categories", shares(b.categories()));
        return m;
    }

    private static List<Map<String, Object>> shares(Budget.Split split) {
        if (split == null) {
            return List.of();
        }
        return split.shares().stream().map(s -> share(s.name().value(), s.amount())).toList();
    }

    private static Map<String, Object> share(String name, Money amount) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name(name));
        m.put("amount", amount.formatted());
        return m;
    }

    private static String name(String name) {
        return name.isEmpty() ? "" : DocumentModel.cell(new Text(name, plan.model.Span.NONE));
    }

    private static List<Integer> years(Period p) {
        List<Integer> out = new ArrayList<>();
        if (p != null) {
            for (int y = p.from().value(); y <= p.to().value() && out.size() < 100; y++) {
                out.add(y);
            }
        }
        return out;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
