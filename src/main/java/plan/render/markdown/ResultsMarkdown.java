package plan.render.markdown;

import plan.render.PrintedFigures;
import plan.render.ThaiDigits;
import java.math.BigDecimal;
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
import plan.model.Lang;
import plan.model.Money;
import plan.model.Outcome;
import plan.model.Plan;
import plan.model.Project;
import plan.model.Results;
import plan.model.Strategy;
import plan.model.Text;

/**
 * A results report (รายงานผลการดำเนินงาน) as Markdown: the summary, the indicators of each goal
 * and strategy against their targets, each project's status and spending, and two charts (the
 * page and the PDF draw a chart from a table under a heading whose anchor ends in {@code -chart}).
 * With the plan's earlier results, each value is shown beside the one reported then.
 */
public final class ResultsMarkdown {
    private final Plan plan;
    private final Results results;
    private final Results previous;
    private final FiscalDay day;
    private final Lang lang;
    private final Map<String, String> labels;
    /** The plan's projects counted and numbered by strategy; made when a report is written, not for the index's line. */
    private BudgetSummary summary;
    private final StringBuilder out = new StringBuilder(8192);

    private ResultsMarkdown(Plan plan, Results results, Results previous) {
        this.plan = plan;
        this.results = results;
        this.previous = previous;
        this.day = FiscalDay.of(results.asOf().value());
        this.lang = plan.lang();
        this.labels = Labels.of(plan);
    }

    /**
     * @param previous the plan's results of the latest day before these, or null
     * @param thaiDigits every number in Thai digits
     */
    public static String of(Plan plan, Results results, Results previous, boolean thaiDigits) {
        // Thai digits before the text is made safe, so that its tree is the one rendered (see MarkdownRenderer).
        String written = new ResultsMarkdown(plan, results, previous).write();
        return MarkdownRenderer.tidy(SafeMarkdown.document(thaiDigits ? ThaiDigits.inMarkdown(written) : written));
    }

    /** The report's period: ไตรมาสที่ 1, รอบ 6 เดือน, ไตรมาสที่ 3, รอบ 12 เดือน, by the quarter of {@code asOf}. */
    public static String period(Lang lang, FiscalDay asOf) {
        return Labels.reportWord(lang, "period." + asOf.quarter());
    }

    /** A day as a reader writes it: 31 มีนาคม 2568. */
    /** รายงานผลการดำเนินงาน รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2568: the report's title, as it and the site name it. */
    public static String title(Lang lang, FiscalDay day) {
        return Labels.reportWord(lang, "title") + " " + period(lang, day) + " " + Labels.reportWord(lang, "fiscal-year")
                + " " + day.fiscalYear();
    }

    public static String date(Lang lang, FiscalDay day) {
        String month = Labels.reportWord(lang, "months").split(",")[day.month() - 1];
        return lang == Lang.TH ? day.day() + " " + month + " " + day.year() : month + " " + day.day() + ", " + day.year();
    }

    private String word(String key) {
        return Labels.reportWord(lang, key);
    }

    private String write() {
        summary = BudgetSummary.of(plan);
        line("# " + title(lang, day));
        line("");
        line("**" + inline(plan.title()) + "** · " + inline(plan.organization().name()));
        line("");
        line(word("as-of") + " " + date(lang, day));
        if (previous != null) {
            line("");
            line(word("since") + " " + date(lang, FiscalDay.of(previous.asOf().value())));
        }
        summary();
        charts();
        goals();
        strategies();
        projects();
        return out.toString();
    }

    /** The index's line of a plan's latest results: indicators met of reported, spent of allocated, as of when. */
    public static String latest(Plan plan, Results results, boolean thaiDigits) {
        ResultsMarkdown r = new ResultsMarkdown(plan, results, null);
        Map<Outcome, Integer> counts = r.outcomes(plan.allIndicators());
        Money[] money = r.totals();
        String line = r.word("period." + r.day.quarter()) + " (" + date(r.lang, r.day) + "): "
                + r.word("indicators-met") + " " + counts.get(Outcome.MET) + " " + r.word("of-reported") + " "
                + reported(counts) + " · " + r.word("budget-spent") + " " + money[1].formatted() + " "
                + r.word("of-plan") + " " + money[0].formatted()
                + (money[0].amount().signum() == 0 ? "" : " (" + r.word("percent") + " " + percent(money[1], money[0]) + ")");
        return thaiDigits ? ThaiDigits.of(line) : line;
    }

    /** Indicators with a value: met, not met, or with no target that year. */
    static int reported(Map<Outcome, Integer> counts) {
        return counts.get(Outcome.MET) + counts.get(Outcome.NOT_MET) + counts.get(Outcome.NO_TARGET);
    }

    /** The plan's allocated budget for the fiscal year and what was spent. */
    private Money[] totals() {
        Money allocated = Money.ZERO;
        Money spent = Money.ZERO;
        for (Project p : plan.projects()) {
            allocated = allocated.plus(allocated(p));
            spent = spent.plus(spent(p));
        }
        return new Money[] {allocated, spent};
    }

    private void summary() {
        line("");
        line("## <a id=\"summary\"></a>" + word("summary"));
        line("");
        Map<Outcome, Integer> counts = outcomes(plan.allIndicators());
        int reported = reported(counts);
        line("- " + word("indicators-met") + " **" + counts.get(Outcome.MET) + "** " + word("of-reported") + " "
                + reported + " (" + word("outcome.not-met") + " " + counts.get(Outcome.NOT_MET) + ", "
                + word("outcome.no-target") + " " + counts.get(Outcome.NO_TARGET) + ", "
                + word("outcome.not-reported") + " " + counts.get(Outcome.NOT_REPORTED) + ")" + then(() -> {
                    Map<Outcome, Integer> before = outcomes(plan.allIndicators(), previous,
                            FiscalDay.of(previous.asOf().value()).fiscalYear());
                    return before.get(Outcome.MET) + " " + word("of-reported") + " " + reported(before);
                }));
        Money[] money = totals();
        Money allocated = money[0];
        Money spent = money[1];
        line("- " + word("budget-spent") + " **" + spent.formatted() + "** " + word("of-plan") + " "
                + allocated.formatted() + " " + labels.get("baht") + " (" + word("percent") + " "
                + percent(spent, allocated) + ")" + then(() -> plan.projects().stream()
                        .map(p -> previous.spent(p.id().value())).reduce(Money.ZERO, Money::plus).formatted()));
        List<String> statuses = new ArrayList<>();
        for (String status : Format.STATUSES) {
            long n = plan.projects().stream().filter(p -> status.equals(statusOf(p))).count();
            if (n > 0) {
                statuses.add(word("project." + status) + " " + n);
            }
        }
        long unreported = plan.projects().stream().filter(p -> statusOf(p) == null).count();
        if (unreported > 0) {
            statuses.add(word("outcome.not-reported") + " " + unreported);
        }
        line("- " + word("projects-by-status") + ": " + (statuses.isEmpty() ? "–" : String.join(", ", statuses)));
    }

    /** " · ครั้งก่อน …": the same figure in the previous report, where there is one. */
    private String then(java.util.function.Supplier<String> figure) {
        return previous == null ? "" : " · " + word("previous") + " " + figure.get();
    }

    /** The status the results give a project, or null where they give none. */
    private String statusOf(Project p) {
        Results.ProjectResult r = results.project(p.id().value());
        return r == null || r.status() == null ? null : r.status().value();
    }

    private void charts() {
        line("");
        line("### <a id=\"budget-by-strategy" + PrintedFigures.PERCENT_CHART_ANCHOR_SUFFIX + "\"></a>" + word("budget-by-strategy"));
        line("");
        line("| " + labels.get("strategies") + " | " + word("allocated") + " | " + word("spent") + " | " + word("percent") + " |");
        line("|---|---:|---:|---:|");
        int n = 0;
        for (Strategy s : plan.strategies()) {
            n++;
            Money allocated = Money.ZERO;
            Money spent = Money.ZERO;
            for (Project p : projectsOf(s)) {
                allocated = allocated.plus(allocated(p));
                spent = spent.plus(spent(p));
            }
            line("| " + labels.get("strategy") + " " + n + " " + inline(s.title()) + " | " + allocated.formatted() + " | "
                    + spent.formatted() + " | " + percent(spent, allocated) + " |");
        }
        // Indicators met as a share of those reported, so that the bars compare strategies of any size.
        line("");
        line("### <a id=\"met-by-strategy" + PrintedFigures.PERCENT_CHART_ANCHOR_SUFFIX + "\"></a>" + word("met-by-strategy"));
        line("");
        line("| " + labels.get("strategies") + " | " + word("reported") + " | " + word("met") + " | " + word("percent") + " |");
        line("|---|---:|---:|---:|");
        n = 0;
        for (Strategy s : plan.strategies()) {
            n++;
            List<Indicator> of = new ArrayList<>(s.indicators());
            projectsOf(s).forEach(p -> of.addAll(p.indicators()));
            metRow(labels.get("strategy") + " " + n + " " + inline(s.title()), of);
        }
        // The goals' own indicators belong to no one strategy: a row of their own, so that the
        // chart accounts for every indicator the summary counts.
        List<Indicator> ofGoals = plan.goals().stream().flatMap(g -> g.indicators().stream()).toList();
        if (!ofGoals.isEmpty()) {
            metRow(word("goal-indicators"), ofGoals);
        }
    }

    private void metRow(String what, List<Indicator> indicators) {
        Map<Outcome, Integer> counts = outcomes(indicators);
        int reported = reported(counts);
        int met = counts.get(Outcome.MET);
        line("| " + what + " | " + reported + " | " + met + " | " + (reported == 0 ? "–"
                : BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(reported), 2, java.math.RoundingMode.HALF_UP)
                        .toPlainString()) + " |");
    }

    private void goals() {
        if (plan.goals().stream().allMatch(g -> g.indicators().isEmpty())) {
            return;
        }
        line("");
        line("## <a id=\"goals\"></a>" + word("indicators-by-goal"));
        int n = 0;
        for (Goal g : plan.goals()) {
            n++;
            if (!g.indicators().isEmpty()) {
                line("");
                line("### <a id=\"" + g.id().value() + "\"></a>" + labels.get("goal") + " " + n + " " + inline(g.text()));
                indicators(g.indicators());
            }
        }
    }

    private void strategies() {
        if (plan.strategies().stream().allMatch(s -> s.indicators().isEmpty())) {
            return;
        }
        line("");
        line("## <a id=\"strategies\"></a>" + word("indicators-by-strategy"));
        int n = 0;
        for (Strategy s : plan.strategies()) {
            n++;
            if (!s.indicators().isEmpty()) {
                line("");
                line("### <a id=\"" + s.id().value() + "\"></a>" + labels.get("strategy") + " " + n + " " + inline(s.title()));
                indicators(s.indicators());
            }
        }
    }

    private void indicators(List<Indicator> indicators) {
        line("");
        line("| " + labels.get("indicator") + " | " + labels.get("unit") + " | " + labels.get("target") + " |"
                + (previous != null ? " " + word("previous") + " |" : "") + " " + word("value") + " | "
                + word("status") + " | " + word("note") + " |");
        line("|---|---|---:|" + (previous != null ? "---:|" : "") + "---:|---|---|");
        for (Indicator i : indicators) {
            Results.IndicatorResult r = results.indicator(i.id().value());
            Text target = i.target(day.fiscalYear());
            Outcome outcome = Outcome.of(i, r == null ? null : r.value(), day.fiscalYear());
            StringBuilder row = new StringBuilder("| " + inline(i.text()) + " | " + inline(i.unit()) + " | "
                    + (target == null ? "–" : inline(target)) + " |");
            if (previous != null) {
                Results.IndicatorResult then = previous.indicator(i.id().value());
                row.append(' ').append(then == null || then.value() == null ? "–" : inline(then.value())).append(" |");
            }
            row.append(' ').append(r == null || r.value() == null ? "–" : inline(r.value()) + change(i, r)).append(" | ")
                    .append(word("outcome." + outcome.key())).append(" | ")
                    .append(r == null || r.note() == null ? "" : inline(r.note())).append(" |");
            line(row.toString());
        }
    }

    /**
     * After a value that moved since the previous report: ↑ or ↓ as the number (or the place on
     * the indicator's scale) moved, and whether that is better or worse, which the arrow alone
     * does not say for an indicator that should fall ({@code direction: down}).
     */
    private String change(Indicator i, Results.IndicatorResult now) {
        if (previous == null) {
            return "";
        }
        Results.IndicatorResult then = previous.indicator(i.id().value());
        if (then == null || then.value() == null) {
            return "";
        }
        int moved = moved(i, then.value().value(), now.value().value());
        if (moved == 0) {
            return "";
        }
        boolean better = i.falls() ? moved < 0 : moved > 0;
        return (moved > 0 ? " ↑ " : " ↓ ") + word(better ? "better" : "worse");
    }

    /** Above 0 where {@code now} is higher than {@code then} (as numbers, or on the scale), below 0 lower, else 0. */
    private static int moved(Indicator i, String then, String now) {
        BigDecimal a = Outcome.number(then);
        BigDecimal b = Outcome.number(now);
        if (a != null && b != null) {
            return b.compareTo(a);
        }
        int from = Outcome.place(i.scale(), then);
        int to = Outcome.place(i.scale(), now);
        return from < 0 || to < 0 ? 0 : Integer.compare(to, from);
    }

    /** The projects in the order and with the numbers the plan's documents print them (strategy by strategy). */
    private void projects() {
        if (plan.projects().isEmpty()) {
            return;
        }
        line("");
        line("## <a id=\"projects\"></a>" + word("projects"));
        Map<String, Integer> numbers = summary.projectNumbers(plan);
        List<Project> inOrder = plan.projects().stream()
                .sorted(java.util.Comparator.comparing(p -> numbers.get(p.id().value()))).toList();
        for (Project p : inOrder) {
            Results.ProjectResult r = results.project(p.id().value());
            line("");
            line("### <a id=\"" + p.id().value() + "\"></a>" + labels.get("project") + " " + numbers.get(p.id().value()) + " "
                    + inline(p.title()));
            line("");
            String status = statusOf(p);
            String before = previous == null || previous.project(p.id().value()) == null
                    || previous.project(p.id().value()).status() == null ? null
                    : previous.project(p.id().value()).status().value();
            line("**" + word("status") + "** " + (status == null ? word("outcome.not-reported") : word("project." + status))
                    + (before != null && !before.equals(status) ? " (" + word("previous") + " " + word("project." + before) + ")"
                            : ""));
            if (r != null && r.note() != null) {
                line("");
                line("**" + word("note") + "** " + inline(r.note()));
            }
            if (r != null && !r.outputs().isEmpty()) {
                line("");
                line("**" + word("outputs") + "**");
                line("");
                r.outputs().forEach(o -> line("- " + inline(o)));
            }
            budget(p, r);
            if (!p.indicators().isEmpty()) {
                indicators(p.indicators());
            }
        }
    }

    /**
     * Budget execution of a project: in all, by source and category, and by quarter through
     * {@code as-of}. Spending the results do not give is "–", never 0: a project left out of the
     * results, or spending given as one sum, says nothing of what each quarter spent.
     */
    private void budget(Project p, Results.ProjectResult r) {
        Results.Spent spent = r == null ? null : r.spent();
        if (p.budget() == null && spent == null) {
            return;
        }
        line("");
        line("| " + labels.get("budget") + " | " + word("allocated") + " | " + word("spent") + " | " + word("percent") + " |");
        line("|---|---:|---:|---:|");
        line(row("**" + labels.get("total") + "**", allocated(p), spent == null ? null : spent(p)));
        Budget b = p.budget();
        parts(b == null ? null : b.sources(), spent == null ? null : spent.sources(), "source");
        parts(b == null ? null : b.categories(), spent == null ? null : spent.categories(), "category");
        Budget.Split planned = b == null ? null : b.quarters();
        Budget.Split paid = spent == null ? null : spent.quarters();
        if (planned == null && paid == null) {
            return;
        }
        line("");
        line("| " + labels.get("quarter") + " | " + word("planned") + " | " + word("spent") + " | " + word("percent") + " |");
        line("|---|---:|---:|---:|");
        Money plannedSum = Money.ZERO;
        Money paidSum = Money.ZERO;
        for (int q = 1; q <= day.quarter(); q++) {
            Money a = planned == null ? null : share(planned, q);
            Money s = paid == null ? null : share(paid, q);
            plannedSum = a == null ? plannedSum : plannedSum.plus(a);
            paidSum = s == null ? paidSum : paidSum.plus(s);
            line(row(labels.get("quarter") + " " + q, a, s));
        }
        // Spending given as one sum is still spending so far: the total row sets it beside the plan so far.
        Money paidSoFar = paid != null ? paidSum : spent == null ? null : spent(p);
        line(row("**" + labels.get("total") + "**", planned == null ? null : plannedSum, paidSoFar));
    }

    /** Quarter {@code q}'s amount of a split by quarter (0 for a quarter it does not reach). */
    private static Money share(Budget.Split split, int q) {
        return split.shares().size() >= q ? split.shares().get(q - 1).amount() : Money.ZERO;
    }

    /**
     * The rows of one division of the budget (sources or categories): each part's allocation
     * against what was spent from it, "–" where the results give no spending by that division.
     * A division neither the budget nor the results make says nothing and has no rows.
     */
    private void parts(Budget.Split planned, Budget.Split spent, String label) {
        Set<String> names = new LinkedHashSet<>();
        Map<String, Money> plannedBy = amounts(planned, names);
        Map<String, Money> spentBy = amounts(spent, names);
        boolean byPart = spent != null && !spent.shares().isEmpty();
        if (!byPart && names.size() < 2) {
            return; // one source or none, and no spending by it: the total row says it all
        }
        for (String name : names) {
            line(row(labels.get(label) + ": " + SafeMarkdown.inline(name), plannedBy.getOrDefault(name, Money.ZERO),
                    byPart ? spentBy.getOrDefault(name, Money.ZERO) : null));
        }
    }

    private static Map<String, Money> amounts(Budget.Split split, Set<String> names) {
        Map<String, Money> out = new LinkedHashMap<>();
        if (split != null) {
            for (Budget.Share s : split.shares()) {
                names.add(s.name().value());
                out.put(s.name().value(), s.amount());
            }
        }
        return out;
    }

    /** A row of allocated (or planned) against spent; an amount not given (null) is "–", and so is its per cent. */
    private static String row(String what, Money allocated, Money spent) {
        return "| " + what + " | " + (allocated == null ? "–" : allocated.formatted()) + " | "
                + (spent == null ? "–" : spent.formatted()) + " | "
                + (allocated == null || spent == null ? "–" : percent(spent, allocated)) + " |";
    }

    private Money allocated(Project p) {
        return p.allocated(day.fiscalYear());
    }

    private Money spent(Project p) {
        return results.spent(p.id().value());
    }

    /** The projects counted under {@code s}: a project serving several strategies counts under its first. */
    private List<Project> projectsOf(Strategy s) {
        return summary.countedUnder(s.id().value());
    }

    private Map<Outcome, Integer> outcomes(List<Indicator> indicators) {
        return outcomes(indicators, results, day.fiscalYear());
    }

    /** How many of {@code indicators} have each outcome in {@code results}, against the targets of {@code year}. */
    static Map<Outcome, Integer> outcomes(List<Indicator> indicators, Results results, int year) {
        Map<Outcome, Integer> counts = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        for (Indicator i : indicators) {
            Results.IndicatorResult r = results.indicator(i.id().value());
            counts.merge(Outcome.of(i, r == null ? null : r.value(), year), 1, Integer::sum);
        }
        return counts;
    }

    /** Spent as a per cent of allocated, two decimals; – where nothing was allocated. */
    static String percent(Money spent, Money allocated) {
        BigDecimal percent = spent.percentOf(allocated);
        return percent == null ? "–" : percent.toPlainString();
    }

    private static String inline(Text t) {
        return t == null ? "" : SafeMarkdown.inline(t.value());
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
