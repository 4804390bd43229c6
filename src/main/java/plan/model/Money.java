package plan.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount of baht, exact to the satang (never binary floating point). Equal amounts are equal
 * however they were written (48500, 48500.00).
 */
public record Money(BigDecimal amount, Span span) implements Value {
    public static final Money ZERO = new Money(BigDecimal.ZERO, Span.NONE);

    public Money {
        amount = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0, RoundingMode.UNNECESSARY);
        }
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount), Span.NONE);
    }

    /** With digit groups, satang only where the amount has them: 48,500 and 1,250,000.50. */
    public String formatted() {
        return format(amount);
    }

    public static String format(BigDecimal amount) {
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        DecimalFormat f = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
