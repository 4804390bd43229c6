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

    private PrintedFigures() {
    }

    /** 1,250,000.50 or ๑,๒๕๐,๐๐๐.๕๐ (digit groups allowed) as a number; "-" is zero; anything else null. */
    public static BigDecimal value(String figure) {
        StringBuilder b = new StringBuilder();
        figure.strip().codePoints().forEach(c -> b.appendCodePoint(c >= 0x0E50 && c <= 0x0E59 ? '0' + (c - 0x0E50) : c));
        String plain = b.toString().replace(",", "");
        if (plain.equals("-")) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
