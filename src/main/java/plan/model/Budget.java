package plan.model;

import java.util.List;

/**
 * A budget in baht: its total and, when given, how it divides by year, source, quarter and
 * expense category. A budget written as a number has only its total. Parts not given are null.
 */
public record Budget(Money total, Split years, Split sources, Split quarters, Split categories, Span span) {
    /**
     * The amount of fiscal year {@code year}: its share under {@code years} (0 for a year the
     * split does not name: the budget is all in the others), else the total.
     */
    public Money forYear(int year) {
        if (years != null) {
            for (Share s : years.shares()) {
                if (s.name() != null && s.name().value().equals(Integer.toString(year))) {
                    return s.amount();
                }
            }
            return Money.ZERO;
        }
        return total;
    }

    public static Budget ofTotal(Money total) {
        return new Budget(total, null, null, null, null, total.span());
    }

    /** One division of a budget: its shares in the order written. */
    public record Split(List<Share> shares, Span span) {
        public Split {
            shares = List.copyOf(shares);
        }

        public Money sum() {
            Money sum = Money.ZERO;
            for (Share s : shares) {
                sum = sum.plus(s.amount());
            }
            return sum;
        }
    }

    /**
     * One share: its name (a year, a source, a category; null for a quarter, which is known by
     * its place) and amount.
     */
    public record Share(Text name, Money amount) {
    }
}
