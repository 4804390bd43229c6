package plan.render.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfStructureElement;
import plan.render.PrintedFigures;
import plan.render.pdf.tagged.Tagging;
import plan.render.pdf.text.ParagraphLayout;

/**
 * The PDF's bar chart of a table the content template marks with a heading anchor ending in
 * {@value PrintedFigures#BAR_CHART_ANCHOR_SUFFIX} (the HTML page draws the same chart as SVG): one row per body row of the
 * table, its label and figure as real text (so they are searchable and copyable) and the bar
 * drawn as a filled rectangle between them. A bold first cell marks a totals row: no bar.
 */
final class BarChartTypesetter {
    private static final float BAR_HEIGHT = 9f;

    /** One bar: the label runs (the first cell's link, or the whole cell), the figure as printed. */
    record Bar(List<Inlines.Run> label, String figure, BigDecimal value) {
    }

    private BarChartTypesetter() {
    }

    static boolean asked(List<String> anchors) {
        return anchors.stream().anyMatch(a -> a.endsWith(PrintedFigures.BAR_CHART_ANCHOR_SUFFIX));
    }

    /** The bars of a table's body rows (label cell first, figure last); empty when a figure is not a number. */
    static List<Bar> bars(List<List<Inlines>> bodyRows) {
        List<Bar> out = new ArrayList<>();
        for (List<Inlines> row : bodyRows) {
            if (row.size() < 2 || row.get(0).runs().isEmpty() || row.get(0).runs().get(0).bold()) {
                continue;
            }
            List<Inlines.Run> first = row.get(0).runs();
            List<Inlines.Run> label = first.get(0).href() != null
                    ? first.stream().takeWhile(r -> r.href() != null).toList() : first;
            label = label.stream().map(r -> new Inlines.Run(r.text(), false, false, false, null, List.of())).toList();
            String figure = row.get(row.size() - 1).plainText().strip();
            BigDecimal value = PrintedFigures.value(figure);
            if (value == null) {
                return List.of();
            }
            out.add(new Bar(label, figure, value));
        }
        return out;
    }

    /**
     * A borderless three-column table: label | bar | figure, kept on one page. In the structure
     * tree it is one Figure whose alternative text reads the chart's {@code title} and each bar's
     * label and figure (the table after the chart has them too, for a reader who wants the rows).
     */
    static PdfPTable chart(List<Bar> bars, String title, List<String> anchors, ChunkFactory chunks, float width) {
        PdfStyles styles = chunks.styles();
        Tagging tagging = chunks.tagging();
        PdfStructureElement chart = tagging.open(Tagging.FIGURE);
        Tagging.alternative(chart, alternative(bars, title));
        float labelWidth = 0;
        float figureWidth = 0;
        for (Bar bar : bars) {
            String label = bar.label().stream().map(Inlines.Run::text).reduce("", String::concat);
            labelWidth = Math.max(labelWidth, styles.width(label, PdfStyles.TABLE, false));
            figureWidth = Math.max(figureWidth, styles.width(bar.figure(), PdfStyles.TABLE, false));
        }
        labelWidth = Math.min(labelWidth + 12f, width * 0.35f);
        figureWidth += 12f;
        PdfPTable table = ChartTable.framed(new PdfPTable(new float[] {labelWidth, width - labelWidth - figureWidth, figureWidth}), width);
        BigDecimal max = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        for (Bar bar : bars) {
            table.addCell(text(chunks.paragraph(bar.label(), PdfStyles.TABLE, false, PdfStyles.CELL_LEADING,
                    PdfStyles.TEXT, labelWidth - 6f, ParagraphLayout.Align.LEFT), Element.ALIGN_LEFT));
            PdfPCell barCell = new PdfPCell();
            barCell.setBorder(Rectangle.NO_BORDER);
            double share = PrintedFigures.share(bar.value(), max, anchors);
            barCell.setCellEvent((cell, position, canvases) -> drawBar(position, share, canvases, tagging, chart,
                    styles.chartBar()));
            table.addCell(barCell);
            List<Inlines.Run> figure = List.of(new Inlines.Run(bar.figure(), false, false, false, null, List.of()));
            table.addCell(text(chunks.paragraph(figure, PdfStyles.TABLE, false, PdfStyles.CELL_LEADING, PdfStyles.TEXT,
                    figureWidth - 2f, ParagraphLayout.Align.RIGHT),
                    Element.ALIGN_RIGHT));
        }
        tagging.close();
        return table;
    }

    /** "title: label figure; label figure; …", what a screen reader says for the chart. */
    static String alternative(List<Bar> bars, String title) {
        StringBuilder b = new StringBuilder(title.isEmpty() ? "" : title + ": ");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            b.append(i == 0 ? "" : "; ").append(bar.label().stream().map(Inlines.Run::text).reduce("", String::concat).strip())
                    .append(' ').append(bar.figure());
        }
        return b.toString();
    }

    private static PdfPCell text(Paragraph p, int align) {
        p.setAlignment(align);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setUseAscender(true);
        cell.setPaddingTop(2f);
        cell.setPaddingBottom(5f);
        cell.addElement(p);
        return cell;
    }

    private static void drawBar(Rectangle position, double share, PdfContentByte[] canvases, Tagging tagging,
            PdfStructureElement figure, java.awt.Color colour) {
        float length = (float) (share * (position.getWidth() - 8f));
        if (length <= 0) {
            return;
        }
        PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
        float middle = (position.getTop() + position.getBottom()) / 2f;
        tagging.begin(canvas, figure); // the bars are the figure's content, like its labels
        canvas.saveState();
        canvas.setColorFill(colour);
        canvas.rectangle(position.getLeft() + 4f, middle - BAR_HEIGHT / 2f, Math.max(length, 0.5f), BAR_HEIGHT);
        canvas.fill();
        canvas.restoreState();
        tagging.end(canvas);
    }
}
