package plan.render.markdown;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import plan.model.Factor;

/**
 * The arithmetic of the situation analysis, in decimal only (never binary floating point):
 * 0.7 × 4 + 0.3 × 3 is 3.70 here. A list's sum is rounded to two places, half up, as printed;
 * the position is the difference of the printed sums, so the table's figures add up as read.
 */
public final class AnalysisFigures {
    /** The position of the organization: S − W and O − T, and its quadrant (SO, ST, WO, WT) or null on an axis. */
    public record Position(BigDecimal x, BigDecimal y, String quadrant) {
    }

    private AnalysisFigures() {
    }

    /** weight × score, exactly. */
    public static BigDecimal weighted(Factor f) {
        return f.weight().amount().multiply(f.score().amount());
    }

    /** Σ weight × score of a list, to two places. */
    public static BigDecimal sum(List<Factor> factors) {
        return twoPlaces(factors.stream().map(AnalysisFigures::weighted).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Σ weight of a list, to two places. */
    public static BigDecimal weights(List<Factor> factors) {
        return twoPlaces(factors.stream().map(f -> f.weight().amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The position from the four sums (each already to two places). */
    public static Position position(BigDecimal s, BigDecimal w, BigDecimal o, BigDecimal t) {
        BigDecimal x = twoPlaces(s.subtract(w));
        BigDecimal y = twoPlaces(o.subtract(t));
        String quadrant = x.signum() == 0 || y.signum() == 0 ? null
                : (x.signum() > 0 ? "S" : "W") + (y.signum() > 0 ? "O" : "T");
        return new Position(x, y, quadrant);
    }

    /**
     * A factor's weighted score as printed: exact (weight × score has at most four places), at
     * least two, so the rows of a table add up to its printed sum (1.125 + 0.875 is 2.00).
     */
    public static String exact(BigDecimal v) {
        BigDecimal r = v.stripTrailingZeros();
        return (r.scale() < 2 ? r.setScale(2) : r).toPlainString();
    }

    public static BigDecimal twoPlaces(BigDecimal v) {
        BigDecimal r = v.setScale(2, RoundingMode.HALF_UP);
        return r.signum() == 0 ? r.abs() : r;
    }

    /** As printed: two places, a minus sign for a negative figure. */
    public static String text(BigDecimal v) {
        return twoPlaces(v).toPlainString();
    }
}
