package plan.check;

import java.math.BigDecimal;

import plan.diag.Message;
import plan.diag.Rule;
import plan.model.Activity;
import plan.model.Budget;
import plan.model.Money;
import plan.model.Project;
import plan.model.Span;

/**
 * budget-sum: a budget's years, sources, quarters and categories each add up to its total, and
 * the activities' budgets, when every activity has one, add up to the project's total. Exact
 * arithmetic: 0.10 + 0.20 is 0.30 here.
 */
final class BudgetSumCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.BUDGET_SUM;
    }

    @Override
    public void check(CheckContext c) {
        for (Project p : c.plan().projects()) {
            check(c, p.budget());
            p.activities().forEach(a -> check(c, a.budget()));
            activities(c, p);
        }
    }

    private void check(CheckContext c, Budget b) {
        if (b == null || b.total() == null) {
            return;
        }
        part(c, "budget.years", b.years(), b.total());
        part(c, "budget.sources", b.sources(), b.total());
        part(c, "budget.quarters", b.quarters(), b.total());
        part(c, "budget.categories", b.categories(), b.total());
    }

    private void part(CheckContext c, String what, Budget.Split split, Money total) {
        if (split != null && !split.shares().isEmpty()) {
            compare(c, what, split.sum(), total, split.span());
        }
    }

    private void activities(CheckContext c, Project p) {
        if (p.budget() == null || p.budget().total() == null || p.activities().isEmpty()
                || p.activities().stream().anyMatch(a -> a.budget() == null || a.budget().total() == null)) {
            return;
        }
        Money sum = Money.ZERO;
        for (Activity a : p.activities()) {
            sum = sum.plus(a.budget().total());
        }
        compare(c, "budget.activities", sum, p.budget().total(), p.budget().total().span());
    }

    /** "quarters add up to 49,500 but the total is 48,500: 1,000 more". */
    private void compare(CheckContext c, String what, Money sum, Money total, Span at) {
        BigDecimal difference = sum.amount().subtract(total.amount());
        if (difference.signum() == 0) {
            return;
        }
        c.report(rule(), at, Message.of(difference.signum() > 0 ? "check.budget-sum.more" : "check.budget-sum.less",
                Message.of(what), sum.formatted(), total.formatted(), Money.format(difference.abs())),
                Message.of("check.budget-sum.hint"));
    }
}
