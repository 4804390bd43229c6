package plan.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan's budget added up once, exactly, for every document to print: per strategy and
 * source (with row and column totals), per category, per quarter, and for the plan.
 *
 * <p>A project counts under the first of its strategies that the plan has, so that the rows add
 * up to the plan's total; a budget without sources counts under the source named "" (the
 * documents print it as "not specified").
 *
 * @param sources    source names in order of first appearance
 * @param rows       one per strategy, in the plan's order
 * @param bySource   column totals, aligned with {@code sources}
 * @param categories category name -> total, in order of first appearance
 * @param quarters   the four quarters' totals over the projects that give quarters; empty when none does
 * @param uncategorized the budgets of the projects that name no categories: with {@code categories}
 *                   it adds up to {@code total}, so the category table reconciles
 * @param unquartered the budgets of the projects that give no quarters: with {@code quarters} it
 *                   adds up to {@code total}
 */
public record BudgetSummary(List<String> sources, List<Row> rows, List<Money> bySource,
                            Map<String, Money> categories, List<Money> quarters, Money total,
                            Money uncategorized, Money unquartered) {
    public static final String UNSPECIFIED = "";

    public BudgetSummary {
        sources = List.copyOf(sources);
        rows = List.copyOf(rows);
        bySource = List.copyOf(bySource);
        categories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        quarters = List.copyOf(quarters);
    }

    /** One strategy: its projects (counted here), their total and its split by source. */
    public record Row(Strategy strategy, List<Project> projects, List<Money> bySource, Money total) {
        public Row {
            projects = List.copyOf(projects);
            bySource = List.copyOf(bySource);
        }
    }

    /**
     * The projects counted under strategy {@code strategyId}: those whose first strategy in the
     * plan it is. Every figure by strategy (budget tables, reports, exports) counts a project
     * once, here, so that the strategies' rows add up to the plan's.
     */
    public List<Project> countedUnder(String strategyId) {
        for (Row row : rows) {
            if (row.strategy().id().value().equals(strategyId)) {
                return row.projects();
            }
        }
        return List.of();
    }

    /**
     * Each project's number: 1 … n in the order the projects chapter lists them, strategy by
     * strategy (a project counts under its first strategy), then those under none, so the list of
     * projects is numbered without gaps and every document (the plan's, its results reports, the
     * exports) names a project by the same number. {@code plan} is the plan this summary is of.
     */
    public Map<String, Integer> projectNumbers(Plan plan) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Row row : rows) {
            row.projects().forEach(p -> out.putIfAbsent(p.id().value(), out.size() + 1));
        }
        plan.projects().forEach(p -> out.putIfAbsent(p.id().value(), out.size() + 1));
        return out;
    }

    public static BudgetSummary of(Plan plan) {
        Map<String, Strategy> strategies = new LinkedHashMap<>();
        plan.strategies().stream().filter(s -> s.id() != null).forEach(s -> strategies.putIfAbsent(s.id().value(), s));
        Map<String, List<Project>> counted = new LinkedHashMap<>();
        strategies.keySet().forEach(id -> counted.put(id, new ArrayList<>()));
        List<String> sources = new ArrayList<>();
        Map<String, Money> categories = new LinkedHashMap<>();
        Money[] quarters = null;
        Money uncategorized = Money.ZERO;
        Money unquartered = Money.ZERO;
        for (Project p : plan.projects()) {
            String strategy = p.strategies().stream().map(Text::value).filter(counted::containsKey).findFirst()
                    .orElse(null);
            if (strategy != null) {
                counted.get(strategy).add(p);
            }
            Budget b = p.budget();
            // A project under no strategy of the plan is in no row, so in no other table either.
            if (b == null || b.total() == null || strategy == null) {
                continue;
            }
            for (String source : sourceNames(b)) {
                if (!sources.contains(source)) {
                    sources.add(source);
                }
            }
            if (b.categories() != null && !b.categories().shares().isEmpty()) {
                b.categories().shares().forEach(s -> categories.merge(s.name().value(), s.amount(), Money::plus));
            } else {
                uncategorized = uncategorized.plus(b.total());
            }
            if (b.quarters() != null && b.quarters().shares().size() == 4) {
                quarters = quarters == null ? new Money[] {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO} : quarters;
                for (int q = 0; q < 4; q++) {
                    quarters[q] = quarters[q].plus(b.quarters().shares().get(q).amount());
                }
            } else {
                unquartered = unquartered.plus(b.total());
            }
        }
        List<Row> rows = new ArrayList<>();
        Money[] columns = zeros(sources.size());
        Money total = Money.ZERO;
        for (Map.Entry<String, List<Project>> e : counted.entrySet()) {
            Money[] row = zeros(sources.size());
            Money rowTotal = Money.ZERO;
            for (Project p : e.getValue()) {
                Budget b = p.budget();
                if (b == null || b.total() == null) {
                    continue;
                }
                rowTotal = rowTotal.plus(b.total());
                if (b.sources() == null || b.sources().shares().isEmpty()) {
                    add(row, sources.indexOf(UNSPECIFIED), b.total());
                } else {
                    b.sources().shares().forEach(s -> add(row, sources.indexOf(s.name().value()), s.amount()));
                }
            }
            for (int i = 0; i < row.length; i++) {
                columns[i] = columns[i].plus(row[i]);
            }
            total = total.plus(rowTotal);
            rows.add(new Row(strategies.get(e.getKey()), e.getValue(), List.of(row), rowTotal));
        }
        return new BudgetSummary(sources, rows, List.of(columns), categories,
                quarters == null ? List.of() : List.of(quarters), total, uncategorized, unquartered);
    }

    private static List<String> sourceNames(Budget b) {
        if (b.sources() == null || b.sources().shares().isEmpty()) {
            return List.of(UNSPECIFIED);
        }
        return b.sources().shares().stream().map(s -> s.name().value()).toList();
    }

    private static void add(Money[] row, int index, Money amount) {
        row[index] = row[index].plus(amount);
    }

    private static Money[] zeros(int n) {
        Money[] out = new Money[n];
        java.util.Arrays.fill(out, Money.ZERO);
        return out;
    }
}
