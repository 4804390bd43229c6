package plan.render.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import plan.format.Format;
import plan.model.Budget;
import plan.model.BudgetSummary;
import plan.model.FiscalDay;
import plan.model.Goal;
import plan.model.Indicator;
import plan.model.Money;
import plan.model.Outcome;
import plan.model.Plan;
import plan.model.Project;
import plan.model.Results;
import plan.model.Strategy;
import plan.model.Text;
import plan.render.markdown.ResultsMarkdown;

/**
 * The JSON document of a results file ({@code ID.json}, beside its report): the day and fiscal
 * quarter, each indicator's target, value and status, each project's status and spending against
 * its budget by source, category and quarter, the notes, and the summary figures of the report,
 * counted as the report counts them.
 */
final class ResultsExport {
    private final Plan plan;
    private final Results results;
    private final Results previous;
    private final FiscalDay day;
    private final BudgetSummary summary;

    private ResultsExport(Plan plan, Results results, Results previous) {
        this.plan = plan;
        this.results = results;
        this.previous = previous;
        this.day = FiscalDay.of(results.asOf().value());
        this.summary = BudgetSummary.of(plan);
    }

    static Map<String, Object> of(Plan plan, Results results, Results previous) {
        return new ResultsExport(plan, results, previous).document().map();
    }

    private Fields document() {
        Fields d = new Fields().put("kind", "results").put("version", PlanExport.VERSION).put("id", results.id())
                .put("plan", results.plan()).put("asOf", results.asOf()).put("fiscalYear", day.fiscalYear())
                .put("quarter", day.quarter()).put("title", ResultsMarkdown.title(plan.lang(), day));
        if (previous != null) {
            d.put("previous", new Fields().put("id", previous.id()).put("asOf", previous.asOf()));
        }
        d.put("summary", summary());
        d.always("strategies", plan.strategies().stream().map(this::byStrategy).toList());
        d.always("indicators", indicatorRows());
        return d.always("projects", plan.projects().stream().map(this::project).toList());
    }

    private Fields summary() {
        Map<String, Object> counts = counts(plan.allIndicators());
        Map<String, Object> statuses = new LinkedHashMap<>();
        for (String status : Format.STATUSES) {
            statuses.put(status, (int) plan.projects().stream().filter(p -> status.equals(statusOf(p))).count());
        }
        statuses.put(Outcome.NOT_REPORTED.key(),
                (int) plan.projects().stream().filter(p -> statusOf(p).equals(Outcome.NOT_REPORTED.key())).count());
        Money allocated = Money.ZERO;
        Money spent = Money.ZERO;
        for (Project p : plan.projects()) {
            allocated = allocated.plus(allocated(p));
            spent = spent.plus(spent(p));
        }
        return new Fields().put("indicators", counts).put("projects", statuses).put("allocated", allocated)
                .put("spent", spent).put("percent", percent(spent, allocated));
    }

    /** Indicators by outcome, as the report counts them: reported is met, not met and no target. */
    private Map<String, Object> counts(List<Indicator> indicators) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("total", indicators.size());
        int[] by = new int[Outcome.values().length];
        indicators.forEach(i -> by[outcome(i).ordinal()]++);
        counts.put("reported", indicators.size() - by[Outcome.NOT_REPORTED.ordinal()]);
        for (Outcome o : Outcome.values()) {
            counts.put(o.key(), by[o.ordinal()]);
        }
        return counts;
    }

    private Map<String, Object> byStrategy(Strategy s) {
        // Counted once, under the project's first strategy, as the plan's budget tables count it.
        List<Project> projects = summary.countedUnder(s.id().value());
        Money allocated = Money.ZERO;
        Money spent = Money.ZERO;
        List<Indicator> indicators = new ArrayList<>(s.indicators());
        for (Project p : projects) {
            allocated = allocated.plus(allocated(p));
            spent = spent.plus(spent(p));
            indicators.addAll(p.indicators());
        }
        return new Fields().put("id", s.id()).put("allocated", allocated).put("spent", spent)
                .put("percent", percent(spent, allocated)).put("indicators", counts(indicators)).map();
    }

    private List<Map<String, Object>> indicatorRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Goal g : plan.goals()) {
            g.indicators().forEach(i -> rows.add(indicator(i, "goal", g.id())));
        }
        for (Strategy s : plan.strategies()) {
            s.indicators().forEach(i -> rows.add(indicator(i, "strategy", s.id())));
        }
        for (Project p : plan.projects()) {
            p.indicators().forEach(i -> rows.add(indicator(i, "project", p.id())));
        }
        return rows;
    }

    private Map<String, Object> indicator(Indicator i, String ownerKind, Text owner) {
        Results.IndicatorResult r = results.indicator(i.id().value());
        Fields f = new Fields().put("id", i.id()).put("owner", new Fields().put("kind", ownerKind).put("id", owner))
                .put("text", i.text()).put("unit", i.unit()).put("direction", i.falls() ? "down" : "up")
                .put("target", i.target(day.fiscalYear())).put("value", r == null ? null : r.value())
                .put("status", outcome(i).key()).put("note", r == null ? null : r.note());
        Results.IndicatorResult then = previous == null ? null : previous.indicator(i.id().value());
        return f.put("previousValue", then == null ? null : then.value()).map();
    }

    private Map<String, Object> project(Project p) {
        Results.ProjectResult r = results.project(p.id().value());
        Results.Spent spent = r == null ? null : r.spent();
        Budget b = p.budget();
        Fields f = new Fields().put("id", p.id()).put("title", p.title()).put("status", statusOf(p))
                .put("note", r == null ? null : r.note()).put("outputs", r == null ? null : Fields.texts(r.outputs()))
                // Spending the results do not give is left out, never 0 (as the report's "–"): the status says not-reported.
                .put("allocated", allocated(p)).put("spent", spent == null ? null : spent(p))
                .put("percent", spent == null ? null : percent(spent(p), allocated(p)))
                .put("sources", parts(b == null ? null : b.sources(), spent == null ? null : spent.sources()))
                .put("categories", parts(b == null ? null : b.categories(), spent == null ? null : spent.categories()));
        Budget.Split planned = b == null ? null : b.quarters();
        Budget.Split paid = spent == null ? null : spent.quarters();
        if (planned != null || paid != null) {
            List<Map<String, Object>> quarters = new ArrayList<>();
            for (int q = 1; q <= day.quarter(); q++) {
                quarters.add(new Fields().put("quarter", q).put("planned", planned == null ? null : share(planned, q))
                        .put("spent", paid == null ? null : share(paid, q)).map());
            }
            f.put("quarters", quarters);
        }
        return f.map();
    }

    /** Each name of a division, the budget's then the spending's, with what was planned and spent for it (0 where the other does not name it). */
    private static List<Map<String, Object>> parts(Budget.Split planned, Budget.Split spent) {
        if (planned == null && spent == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        Map<String, Money> plannedBy = amounts(planned, names);
        Map<String, Money> spentBy = amounts(spent, names);
        // Spending not divided this way says nothing of any share: no "spent" rather than a 0.
        return names.stream().map(n -> new Fields().put("name", n).put("allocated", plannedBy.getOrDefault(n, Money.ZERO))
                .put("spent", spent == null ? null : spentBy.getOrDefault(n, Money.ZERO)).map()).toList();
    }

    private static Map<String, Money> amounts(Budget.Split split, Set<String> names) {
        Map<String, Money> out = new LinkedHashMap<>();
        if (split != null) {
            for (Budget.Share s : split.shares()) {
                names.add(s.name().value());
                out.merge(s.name().value(), s.amount(), Money::plus);
            }
        }
        return out;
    }

    private static Money share(Budget.Split split, int quarter) {
        return split != null && split.shares().size() >= quarter ? split.shares().get(quarter - 1).amount() : Money.ZERO;
    }

    private Outcome outcome(Indicator i) {
        Results.IndicatorResult r = results.indicator(i.id().value());
        return Outcome.of(i, r == null ? null : r.value(), day.fiscalYear());
    }

    /** The project's reported status, or {@code not-reported}. */
    private String statusOf(Project p) {
        Results.ProjectResult r = results.project(p.id().value());
        return r == null || r.status() == null ? Outcome.NOT_REPORTED.key() : r.status().value();
    }

    /** The project's budget for the fiscal year of the results, as the report allocates it. */
    private Money allocated(Project p) {
        return p.allocated(day.fiscalYear());
    }

    private Money spent(Project p) {
        return results.spent(p.id().value());
    }

    private static String percent(Money part, Money whole) {
        java.math.BigDecimal p = part.percentOf(whole);
        return p == null ? null : p.toPlainString();
    }
}
