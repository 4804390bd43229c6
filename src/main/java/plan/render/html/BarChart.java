package plan.render.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;

import plan.render.PrintedFigures;
import plan.render.TableCaptions;

/**
 * A horizontal bar chart, as inline SVG (no script), of the table that follows a heading whose
 * anchor ends in {@value PrintedFigures#BAR_CHART_ANCHOR_SUFFIX}: the content template asks for the chart, the page draws it
 * from the table's own figures, so chart and table can never disagree. Bars are the body rows
 * (a row whose first cell is bold is a total and is left out); the label is the first cell's
 * link text (or the whole cell), the value its last cell. The table follows the chart, with
 * the same figures as text.
 */
final class BarChart implements NodeRenderer {
    private static final int WIDTH = 400;
    private static final int ROW = 48;
    private static final int BAR_MAX = 300;

    record Bar(String label, String figure, BigDecimal value) {
    }

    BarChart(DataHolder options) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TableBlock.class, BarChart::render),
                new NodeRenderingHandler<>(Paragraph.class, BarChart::paragraph));
    }

    /** The id of the heading over {@code table} (its caption passed over), or null. */
    private static String headingId(TableBlock table) {
        return TableCaptions.before(table) instanceof Heading h ? AnchorTags.idOf(h.getFirstChild()) : null;
    }

    /** Whether the heading over {@code table} asks for a chart of it. */
    private static boolean asksForChart(TableBlock table) {
        String id = headingId(table);
        return id != null && (PositionChart.ANCHOR.equals(id) || id.endsWith(PrintedFigures.BAR_CHART_ANCHOR_SUFFIX));
    }

    /** A table's caption is written with its table; one charted too, under the chart ({@link #caption}). */
    private static void paragraph(Paragraph p, NodeRendererContext context, HtmlWriter html) {
        if (!(TableCaptions.isCaption(p) && p.getNext() instanceof TableBlock t && asksForChart(t))) {
            context.delegateRender();
        }
    }

    /** The caption (ตารางที่ n) of a table asking for a chart, between the chart and the table, as the PDF prints it. */
    private static void caption(TableBlock table, NodeRendererContext context, HtmlWriter html) {
        if (asksForChart(table) && TableCaptions.isCaption(table.getPrevious())) {
            html.tag("p");
            context.renderChildren(table.getPrevious());
            html.tag("/p").line();
        }
    }

    private static void render(TableBlock table, NodeRendererContext context, HtmlWriter html) {
        Heading heading = TableCaptions.before(table) instanceof Heading h ? h : null;
        String id = headingId(table);
        plan.render.ChartPosition position = PositionChart.ANCHOR.equals(id) ? PositionChart.of(table) : null;
        if (position != null) {
            html.attr("class", "chart-with-table").withAttr().tag("div").line();
            html.tag("figure").line();
            html.raw(PositionChart.svg(position, text(heading))).line();
            html.tag("figcaption").text(position.names().get(2) + " " + position.quadrant()).tag("/figcaption").line();
            html.tag("/figure").line();
            caption(table, context, html);
            context.delegateRender();
            html.tag("/div").line();
            return;
        }
        List<Bar> bars = id != null && id.endsWith(PrintedFigures.BAR_CHART_ANCHOR_SUFFIX) ? bars(table) : List.of();
        if (bars.isEmpty()) {
            caption(table, context, html);
            context.delegateRender();
            return;
        }
        String name = text(heading);
        html.attr("class", "chart-with-table").withAttr().tag("div").line();
        html.tag("figure").line();
        html.raw(svg(bars, name)).line();
        html.tag("/figure").line();
        caption(table, context, html);
        context.delegateRender();
        html.tag("/div").line();
    }

    /** The chart's bars, from the table's body rows; empty when a value is not a number. */
    static List<Bar> bars(TableBlock table) {
        List<Bar> out = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (!(section instanceof TableBody)) {
                continue;
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<TableCell> cells = new ArrayList<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell tc) {
                        cells.add(tc);
                    }
                }
                if (!(row instanceof TableRow) || cells.size() < 2 || cells.get(0).getFirstChild() instanceof StrongEmphasis) {
                    continue;
                }
                Node first = cells.get(0).getFirstChild();
                String label = first instanceof Link ? text(first) : text(cells.get(0));
                String figure = text(cells.get(cells.size() - 1));
                BigDecimal value = PrintedFigures.value(figure);
                if (value == null) {
                    return List.of();
                }
                out.add(new Bar(label, figure, value));
            }
        }
        return out;
    }

    private static String svg(List<Bar> bars, String name) {
        BigDecimal max = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        int height = bars.size() * ROW + 4;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(name)).append("\">\n");
        int y = 0;
        for (Bar bar : bars) {
            double share = max.signum() == 0 ? 0 : bar.value().doubleValue() / max.doubleValue();
            int length = (int) Math.round(share * BAR_MAX);
            s.append("<text class=\"chart-label\" x=\"0\" y=\"").append(y + 16).append("\">")
                    .append(escape(bar.label())).append("</text>\n");
            s.append("<rect class=\"chart-bar\" x=\"0\" y=\"").append(y + 23).append("\" width=\"")
                    .append(Math.max(length, 1)).append("\" height=\"18\"/>\n");
            s.append("<text class=\"chart-value\" x=\"").append(Math.max(length, 1) + 6).append("\" y=\"")
                    .append(y + 37).append("\">").append(escape(bar.figure())).append("</text>\n");
            y += ROW;
        }
        return s.append("</svg>").toString();
    }

    private static String text(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).strip();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
