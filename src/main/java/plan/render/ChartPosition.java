package plan.render;

import java.math.BigDecimal;
import java.util.List;

/**
 * The situation analysis's position as its table states it (rows S − W, O − T and the quadrant,
 * each a name and then its figure), read back by the HTML and the PDF alike to draw the chart.
 *
 * @param xText    S − W as printed (in the plan's digits)
 * @param yText    O − T as printed
 * @param quadrant the quadrant's words as printed
 * @param names    the three rows' names
 */
public record ChartPosition(String xText, String yText, BigDecimal x, BigDecimal y, String quadrant, List<String> names) {

    /** The position the body's rows (each its cells' plain text) state, or null when they are not two figures and a quadrant. */
    public static ChartPosition of(List<List<String>> rows) {
        if (rows.size() != 3 || rows.stream().anyMatch(r -> r.size() < 2)) {
            return null;
        }
        String xText = last(rows.get(0));
        String yText = last(rows.get(1));
        BigDecimal x = PrintedFigures.value(xText);
        BigDecimal y = PrintedFigures.value(yText);
        if (x == null || y == null) {
            return null;
        }
        return new ChartPosition(xText, yText, x, y, last(rows.get(2)), rows.stream().map(r -> r.get(0)).toList());
    }

    /** The axes' half length in score points: 1, 2 or 4, the least that holds the point. */
    public int range() {
        BigDecimal far = x.abs().max(y.abs());
        return far.compareTo(BigDecimal.ONE) <= 0 ? 1 : far.compareTo(BigDecimal.TWO) <= 0 ? 2 : 4;
    }

    /** "title: row figure; row figure; quadrant name", what a screen reader says for the chart. */
    public String alternative(String title) {
        return (title.isEmpty() ? "" : title + ": ") + names.get(0) + " " + xText + "; " + names.get(1) + " " + yText
                + "; " + names.get(2) + " " + quadrant;
    }

    private static String last(List<String> row) {
        return row.get(row.size() - 1);
    }
}
