package plan.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;
import plan.format.Keys;
import plan.model.Budget;
import plan.model.FiscalDay;
import plan.model.Indicator;
import plan.model.Money;
import plan.model.Outcome;
import plan.model.Plan;
import plan.model.Project;
import plan.model.Results;
import plan.model.Span;
import plan.model.Text;

/**
 * The rules of a results file against its plan: {@code as-of} a day within the plan's period
 * ({@code wrong-type}, {@code period}, {@code result-period}), every id an indicator or project of
 * the plan ({@code unresolved-ref}), values of the target's type ({@code wrong-type}), spending's
 * parts agreeing ({@code budget-sum}) and within the budget ({@code result-over-budget}), no
 * quarter after {@code as-of} ({@code result-period}), and a note where a reader asks why
 * ({@code result-needs-note}). Whether the plan resolves is known only across files: the caller
 * reports that, and passes a null plan.
 */
public final class ResultsCheck {
    private ResultsCheck() {
    }

    /** Every indicator of a plan, goals', strategies' and projects', by id, in the plan's order. */
    public static Map<String, Indicator> indicators(Plan plan) {
        Map<String, Indicator> out = new LinkedHashMap<>();
        plan.allIndicators().forEach(i -> out.putIfAbsent(i.id().value(), i));
        return out;
    }

    public static void check(Results results, Plan plan, Findings findings) {
        Text id = results.id();
        // A report is written under its id, as a plan's page is: `index` would be the site's index page.
        if (id != null && GeneratedNamesCheck.namesASiteFile(id.value())) {
            Span at = id.span().line() > 0 ? id.span() : new Span(id.span().file(), 1, 1);
            report(findings, Rule.DUPLICATE_ID, at, Message.of("check.reserved-results-id", id.value()),
                    Message.of("check.reserved-plan-id.hint"));
        }
        FiscalDay day = asOf(results, plan, findings);
        if (plan == null) {
            return;
        }
        Map<String, Indicator> indicators = indicators(plan);
        for (Results.IndicatorResult r : results.indicators()) {
            Indicator indicator = indicators.get(r.id().value());
            if (indicator == null) {
                report(findings, Rule.UNRESOLVED_REF, r.id().span(), Message.of("check.result-indicator-unknown",
                        r.id().value(), plan.id().value()), Message.of("check.result-ids.hint"));
            } else {
                indicator(findings, r, indicator, day);
            }
        }
        for (Results.ProjectResult r : results.projects()) {
            Project project = plan.projects().stream().filter(p -> p.id() != null && p.id().value().equals(r.id().value()))
                    .findFirst().orElse(null);
            if (project == null) {
                report(findings, Rule.UNRESOLVED_REF, r.id().span(), Message.of("check.result-project-unknown",
                        r.id().value(), plan.id().value()), Message.of("check.result-ids.hint"));
                continue;
            }
            if (r.status() != null && (r.status().value().equals("delayed") || r.status().value().equals("cancelled"))
                    && noNote(r.note())) {
                report(findings, Rule.RESULT_NEEDS_NOTE, r.span(), Message.of("check.result-needs-note.project",
                        r.id().value(), Message.of("check.status." + r.status().value())), Message.of("check.result-needs-note.hint"));
            }
            if (r.spent() != null) {
                spent(findings, r.spent(), project, day);
            }
        }
    }

    /** The day of {@code as-of}, or null where it is not one (reported). */
    private static FiscalDay asOf(Results results, Plan plan, Findings findings) {
        Text asOf = results.asOf();
        if (asOf == null) {
            return null;
        }
        if (asOf.value().isBlank()) {
            // `as-of:` left empty: say it is empty, not that a blank is no day.
            report(findings, Rule.EMPTY_TEXT, asOf.span(), Message.of("check.empty-text", Keys.AS_OF),
                    Message.of("check.as-of-day.hint"));
            return null;
        }
        switch (FiscalDay.read(asOf.value())) {
            case CHRISTIAN_ERA -> {
                String year = asOf.value().strip().substring(0, 4);
                report(findings, Rule.PERIOD, asOf.span(), Message.of("check.as-of-era", asOf.value()),
                        Message.of("check.as-of-era.hint", Integer.parseInt(year) + 543));
                return null;
            }
            case NOT_A_DAY -> {
                report(findings, Rule.WRONG_TYPE, asOf.span(), Message.of("check.as-of-day", asOf.value()),
                        Message.of("check.as-of-day.hint"));
                return null;
            }
            default -> {
            }
        }
        FiscalDay day = FiscalDay.of(asOf.value());
        if (plan != null && plan.period() != null
                && !day.within(plan.period().from().value(), plan.period().to().value())) {
            report(findings, Rule.RESULT_PERIOD, asOf.span(), Message.of("check.as-of-period", asOf.value(),
                    plan.period().from().value() - 1, plan.period().to().value()), null);
        }
        return day;
    }

    private static void indicator(Findings findings, Results.IndicatorResult r, Indicator indicator, FiscalDay day) {
        if (r.value() == null) {
            return;
        }
        if (r.value().value().isBlank()) {
            // `value:` left empty is no value: not a text to compare with the target.
            report(findings, Rule.EMPTY_TEXT, r.value().span(), Message.of("check.empty-text", Keys.VALUE),
                    Message.of("check.result-value-blank.hint"));
            return;
        }
        Text target = day != null ? indicator.target(day.fiscalYear())
                : indicator.targetList().isEmpty() ? null : indicator.targetList().get(0).value();
        boolean valueIsNumber = Outcome.number(r.value().value()) != null;
        if (target != null && (Outcome.number(target.value()) != null) != valueIsNumber) {
            report(findings, Rule.WRONG_TYPE, r.value().span(), Message.of(valueIsNumber
                    ? "check.result-value-text" : "check.result-value-number", r.value().value(), target.value()), null);
            return;
        }
        if (!valueIsNumber && !indicator.scale().isEmpty() && Outcome.place(indicator.scale(), r.value().value()) < 0) {
            report(findings, Rule.WRONG_TYPE, r.value().span(), Message.of("check.result-value-scale", r.value().value(),
                    String.join(", ", indicator.scale().stream().map(Text::value).toList())), null);
            return;
        }
        if (day != null && noNote(r.note()) && Outcome.of(indicator, r.value(), day.fiscalYear()) == Outcome.NOT_MET) {
            report(findings, Rule.RESULT_NEEDS_NOTE, r.span(), Message.of("check.result-needs-note.indicator",
                    r.id().value()), Message.of("check.result-needs-note.hint"));
        }
    }

    /** A note left out, or written empty ({@code note:}), explains nothing. */
    private static boolean noNote(Text note) {
        return note == null || note.value().isBlank();
    }

    private static void spent(Findings findings, Results.Spent spent, Project project, FiscalDay day) {
        if (spent.quarters() != null && spent.quarters().shares().size() > 4) {
            // No quarter of the year is after the fourth: say so, not that the fifth is after `as-of`.
            report(findings, Rule.RESULT_PERIOD, spent.quarters().shares().get(4).amount().span(),
                    Message.of("check.result-quarters-count", spent.quarters().shares().size()), null);
        } else if (spent.quarters() != null && day != null) {
            // A quarter after `as-of` may be written as 0 (a spreadsheet's four columns, the later
            // ones empty): only an amount spent in it is after the day reported.
            List<Budget.Share> shares = spent.quarters().shares();
            for (int q = day.quarter(); q < shares.size(); q++) {
                Money after = shares.get(q).amount();
                if (after.amount().signum() != 0) {
                    report(findings, Rule.RESULT_PERIOD, after.span(), Message.of("check.result-quarter-after",
                            q + 1, day.quarter()), null);
                    break;
                }
            }
        }
        agree(findings, spent);
        Budget budget = project.budget();
        if (budget == null || budget.total() == null) {
            return;
        }
        Money allocated = day == null ? budget.total() : project.allocated(day.fiscalYear());
        over(findings, spent.total() != null ? spent.total() : spent.amount(), allocated,
                spent.total() != null ? spent.total().span() : spent.span(), Message.of("budget.total-word"));
        shares(findings, spent.sources(), budget.sources());
        shares(findings, spent.categories(), budget.categories());
    }

    /** The parts of what was spent agree with its total, or with one another where it has none. */
    private static void agree(Findings findings, Results.Spent spent) {
        List<Budget.Split> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String[] what = {"budget.sources", "budget.categories", "budget.quarters"};
        Budget.Split[] splits = {spent.sources(), spent.categories(), spent.quarters()};
        for (int i = 0; i < splits.length; i++) {
            if (splits[i] != null && !splits[i].shares().isEmpty()) {
                parts.add(splits[i]);
                names.add(what[i]);
            }
        }
        Money against = spent.total() != null ? spent.total() : parts.isEmpty() ? null : parts.get(0).sum();
        for (int i = spent.total() != null ? 0 : 1; i < parts.size(); i++) {
            BigDecimal difference = parts.get(i).sum().amount().subtract(against.amount());
            if (difference.signum() != 0) {
                report(findings, Rule.BUDGET_SUM, parts.get(i).span(), Message.of(difference.signum() > 0
                        ? "check.budget-sum.more" : "check.budget-sum.less", Message.of(names.get(i)),
                        parts.get(i).sum().formatted(), against.formatted(), Money.format(difference.abs())),
                        Message.of("check.budget-sum.hint"));
            }
        }
    }

    /** Each source or category spent within the budget's amount for it (0 where the budget names none). */
    private static void shares(Findings findings, Budget.Split spent, Budget.Split planned) {
        if (spent == null || planned == null) {
            return;
        }
        for (Budget.Share s : spent.shares()) {
            Money budget = planned.shares().stream().filter(p -> Outcome.same(p.name().value(), s.name().value()))
                    .map(Budget.Share::amount).findFirst().orElse(Money.ZERO);
            over(findings, s.amount(), budget, s.amount().span(), s.name().value());
        }
    }

    private static void over(Findings findings, Money spent, Money budget, Span at, Object what) {
        BigDecimal more = spent.amount().subtract(budget.amount());
        if (more.signum() > 0) {
            report(findings, Rule.RESULT_OVER_BUDGET, at, Message.of("check.result-over-budget", what,
                    spent.formatted(), budget.formatted(), Money.format(more)), Message.of("check.result-over-budget.hint"));
        }
    }

    private static void report(Findings findings, Rule rule, Span at, Message message, Message hint) {
        findings.report(rule, at.line(), at.column(), message, hint);
    }
}
