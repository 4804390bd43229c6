package plan.render.html;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

import plan.render.ChartPosition;

/**
 * The position chart of the situation analysis, as inline SVG (no script), drawn from the table
 * that follows the heading anchored {@value #ANCHOR}: its first row's last cell is S − W (the
 * horizontal axis), its second O − T (the vertical), its third names the quadrant. So chart and
 * table cannot disagree, and the page's Thai digits are the chart's. The point is placed by
 * the figures; the quadrants are labelled with their TOWS codes, the point with its figures.
 */
final class PositionChart {
    static final String ANCHOR = "analysis-position";
    private static final int SIZE = 360;
    private static final int HALF = SIZE / 2;
    private static final int REACH = 140;


    private PositionChart() {
    }

    /** The position in the table's body, or null when it is not three rows of two figures and a name. */
    static ChartPosition of(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (!(section instanceof TableBody)) {
                continue;
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell tc) {
                        cells.add(new TextCollectingVisitor().collectAndGetText(tc).strip());
                    }
                }
                rows.add(cells);
            }
        }
        return ChartPosition.of(rows);
    }

    static String svg(ChartPosition p, String title) {
        int range = p.range();
        double px = HALF + p.x().doubleValue() / range * REACH;
        double py = HALF - p.y().doubleValue() / range * REACH;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE)
                .append("\" role=\"img\" aria-label=\"").append(escape(p.alternative(title))).append("\">\n");
        // Quadrants, the point's shaded: SO top right, WO top left, ST bottom right, WT bottom left.
        String[][] quadrants = {{"WO", "0", "0"}, {"SO", String.valueOf(HALF), "0"},
            {"WT", "0", String.valueOf(HALF)}, {"ST", String.valueOf(HALF), String.valueOf(HALF)}};
        for (String[] q : quadrants) {
            boolean here = p.quadrant().startsWith(q[0] + " ") || p.quadrant().equals(q[0]);
            s.append("<rect x=\"").append(q[1]).append("\" y=\"").append(q[2]).append("\" width=\"").append(HALF)
                    .append("\" height=\"").append(HALF).append("\" fill=\"").append(here ? "#e6e6e6" : "#fafafa")
                    .append("\" stroke=\"#bbbbbb\"/>\n");
            int tx = Integer.parseInt(q[1]) + (q[0].charAt(0) == 'S' ? HALF - 12 : 12);
            int ty = Integer.parseInt(q[2]) + (q[0].charAt(1) == 'O' ? 24 : HALF - 12);
            s.append("<text x=\"").append(tx).append("\" y=\"").append(ty).append("\" font-size=\"16\" font-weight=\"bold\"")
                    .append(q[0].charAt(0) == 'S' ? " text-anchor=\"end\"" : "").append(">").append(q[0]).append("</text>\n");
        }
        s.append("<line x1=\"0\" y1=\"").append(HALF).append("\" x2=\"").append(SIZE).append("\" y2=\"").append(HALF)
                .append("\" stroke=\"#000000\"/>\n");
        s.append("<line x1=\"").append(HALF).append("\" y1=\"0\" x2=\"").append(HALF).append("\" y2=\"").append(SIZE)
                .append("\" stroke=\"#000000\"/>\n");
        // The axes' ends: their letters and the range they reach, in the digits of the figures.
        String reach = digits(String.valueOf(range), p.xText());
        s.append(axisLabel(SIZE - 4, HALF - 6, "end", "S +" + reach));
        s.append(axisLabel(4, HALF - 6, "start", "W -" + reach));
        s.append(axisLabel(HALF + 6, 14, "start", "O +" + reach));
        s.append(axisLabel(HALF + 6, SIZE - 6, "start", "T -" + reach));
        s.append("<circle cx=\"").append(round(px)).append("\" cy=\"").append(round(py))
                .append("\" r=\"6\" fill=\"#000000\"/>\n");
        boolean left = px > HALF + REACH / 2.0;
        s.append("<text x=\"").append(round(px + (left ? -10 : 10))).append("\" y=\"").append(round(py - 10))
                .append("\" font-size=\"15\"").append(left ? " text-anchor=\"end\"" : "").append(">(")
                .append(escape(p.xText())).append(", ").append(escape(p.yText())).append(")</text>\n");
        return s.append("</svg>").toString();
    }

    /** {@code number} in Thai digits when {@code like} is written in them. */
    static String digits(String number, String like) {
        if (like.codePoints().noneMatch(c -> c >= 0x0E50 && c <= 0x0E59)) {
            return number;
        }
        StringBuilder b = new StringBuilder();
        number.codePoints().forEach(c -> b.appendCodePoint(c >= '0' && c <= '9' ? 0x0E50 + (c - '0') : c));
        return b.toString();
    }

    private static String axisLabel(int x, int y, String anchor, String text) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"13\" text-anchor=\"" + anchor + "\">" + escape(text)
                + "</text>\n";
    }

    private static String round(double v) {
        return String.valueOf(Math.round(v * 10) / 10.0);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
