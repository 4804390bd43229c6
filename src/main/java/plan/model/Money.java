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

    // One format of each kind a thread: making one parses its pattern (a site's index formats an
    // amount for every plan, an action plan's documents one for every project), and a
    // DecimalFormat is not safe to share between threads.
    private static final ThreadLocal<DecimalFormat> WHOLE = ThreadLocal.withInitial(() -> pattern("#,##0"));
    private static final ThreadLocal<DecimalFormat> WITH_SATANG = ThreadLocal.withInitial(() -> pattern("#,##0.00"));

    public Money {
        amount = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0, RoundingMode.UNNECESSARY);
        }
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount), Span.NONE);
    }

    /** This amount as a per cent of {@code whole}, two decimals rounded half up; null where {@code whole} is 0. */
    public BigDecimal percentOf(Money whole) {
        if (whole.amount.signum() == 0) {
            return null;
        }
        return amount.multiply(BigDecimal.valueOf(100)).divide(whole.amount, 2, RoundingMode.HALF_UP);
    }

    /** Baht with both satang digits, for machines: 314250.50, 48500.00, never grouped or rounded. */
    public String exact() {
        return amount.scale() <= 2 ? amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString() : amount.toPlainString();
    }

    /** With digit groups, satang only where the amount has them: 48,500 and 1,250,000.50. */
    public String formatted() {
        return format(amount);
    }

    public static String format(BigDecimal amount) {
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        return (whole ? WHOLE : WITH_SATANG).get().format(amount);
    }

    private static DecimalFormat pattern(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
