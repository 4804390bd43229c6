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
import plan.render.TextWidth;
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
    private static final int LINE = 18;
    /**
     * Characters of a label line: the label is 15px text in a 400-unit box, about 8.5 units a
     * character (Thai or Latin), so a longer label is wrapped at spaces rather than cut at the
     * box's edge (SVG text does not wrap). Marks above and below a Thai letter take no width.
     */
    private static final int LABEL_CHARS = 44;

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
        html.raw(svg(bars, name, List.of(id))).line();
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

    private static String svg(List<Bar> bars, String name, List<String> anchors) {
        BigDecimal max = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        List<List<String>> labels = bars.stream().map(b -> labelLines(b.label())).toList();
        int height = 4;
        for (List<String> lines : labels) {
            height += ROW + (lines.size() - 1) * LINE;
        }
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(name)).append("\">\n");
        int y = 0;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            List<String> lines = labels.get(i);
            int length = (int) Math.round(plan.render.PrintedFigures.share(bar.value(), max, anchors) * BAR_MAX);
            for (int l = 0; l < lines.size(); l++) {
                s.append("<text class=\"chart-label\" x=\"0\" y=\"").append(y + 16 + l * LINE).append("\">")
                        .append(escape(lines.get(l))).append("</text>\n");
            }
            int top = y + 23 + (lines.size() - 1) * LINE;
            s.append("<rect class=\"chart-bar\" x=\"0\" y=\"").append(top).append("\" width=\"")
                    .append(Math.max(length, 1)).append("\" height=\"18\"/>\n");
            s.append("<text class=\"chart-value\" x=\"").append(Math.max(length, 1) + 6).append("\" y=\"")
                    .append(top + 14).append("\">").append(escape(bar.figure())).append("</text>\n");
            y += ROW + (lines.size() - 1) * LINE;
        }
        return s.append("</svg>").toString();
    }

    /**
     * A label in lines of at most {@link #LABEL_CHARS} wide characters, broken at spaces (Thai
     * writes a space between phrases, the natural place to break); a phrase longer than a line is
     * broken between its words (the JDK's Thai line breaking knows them), a word longer still is cut.
     */
    static List<String> labelLines(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String phrase : label.strip().split(" +")) {
            List<String> pieces = TextWidth.of(phrase) > LABEL_CHARS ? words(phrase) : List.of(phrase);
            for (int i = 0; i < pieces.size(); i++) {
                String piece = pieces.get(i);
                String gap = line.length() == 0 || i > 0 ? "" : " ";
                if (line.length() > 0 && TextWidth.of(line) + gap.length() + TextWidth.of(piece) > LABEL_CHARS) {
                    lines.add(line.toString());
                    line.setLength(0);
                    gap = "";
                }
                while (TextWidth.of(piece) > LABEL_CHARS) { // the line is empty here
                    int cut = cutAt(piece, LABEL_CHARS);
                    lines.add(piece.substring(0, cut));
                    piece = piece.substring(cut);
                }
                line.append(gap).append(piece);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** A phrase (no spaces) in its Thai words, by the JDK's line breaking for Thai. */
    private static List<String> words(String phrase) {
        java.text.BreakIterator breaks = java.text.BreakIterator.getLineInstance(java.util.Locale.forLanguageTag("th"));
        breaks.setText(phrase);
        List<String> words = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != java.text.BreakIterator.DONE;
                start = end, end = breaks.next()) {
            words.add(phrase.substring(start, end));
        }
        return words;
    }

    /** Where to cut {@code word} so that its first part has at most {@code room} wide characters, never before a mark. */
    private static int cutAt(String word, int room) {
        int wide = 0;
        int i = 0;
        while (i < word.length()) {
            int c = word.codePointAt(i);
            boolean mark = !TextWidth.takesWidth(c);
            if (!mark && wide == room) {
                break;
            }
            wide += mark ? 0 : 1;
            i += Character.charCount(c);
        }
        return i;
    }

    private static String text(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).strip();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
