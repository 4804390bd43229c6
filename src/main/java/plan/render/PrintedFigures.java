package plan.render;

import java.math.BigDecimal;

/**
 * Figures as the documents print them, read back to draw charts: the charts are drawn from the
 * figures of the table they stand over, so a chart and its table can never disagree. One reading
 * for the HTML and the PDF, and one mark in the content template asking for a bar chart.
 */
public final class PrintedFigures {
    /**
     * A heading anchor ending so ({@code budget-chart} in templates/plan.md.ftl) asks for a bar
     * chart of the table under it: one bar per body row, the label its first cell, the value its
     * last; a row whose first cell is bold is a total and has no bar.
     */
    public static final String BAR_CHART_ANCHOR_SUFFIX = "-chart";

    /**
     * A bar chart whose anchor ends so ({@code budget-by-strategy-percent-chart} in a results
     * report) charts per cents: its bars are drawn against 100, not against the largest figure,
     * so that 40 per cent never looks like a full bar. A figure over 100 fills the bar.
     */
    public static final String PERCENT_CHART_ANCHOR_SUFFIX = "-percent-chart";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PrintedFigures() {
    }

    /**
     * The share of a full bar that {@code value} fills, 0 to 1: against 100 in a per-cent chart
     * (an anchor of {@code anchors} ends in {@value #PERCENT_CHART_ANCHOR_SUFFIX}), else against
     * {@code largest}, the largest figure of the chart.
     */
    public static double share(BigDecimal value, BigDecimal largest, java.util.Collection<String> anchors) {
        boolean percent = anchors.stream().anyMatch(a -> a.endsWith(PERCENT_CHART_ANCHOR_SUFFIX));
        BigDecimal full = percent ? HUNDRED : largest;
        return full.signum() <= 0 || value.signum() <= 0 ? 0 : Math.min(1, value.doubleValue() / full.doubleValue());
    }

    /**
     * 1,250,000.50 or ๑,๒๕๐,๐๐๐.๕๐ (digit groups allowed) as a number; "-" and "–" (a per cent of
     * nothing allocated) are zero; anything else null.
     */
    public static BigDecimal value(String figure) {
        StringBuilder b = new StringBuilder();
        figure.strip().codePoints().forEach(c -> b.appendCodePoint(c >= 0x0E50 && c <= 0x0E59 ? '0' + (c - 0x0E50) : c));
        String plain = b.toString().replace(",", "");
        if (plain.equals("-") || plain.equals("\u2013")) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
