package plan.render.pdf;

import java.awt.Color;
import java.util.List;

import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfStructureElement;

import plan.render.ChartPosition;
import plan.render.pdf.tagged.Tagging;
import plan.render.pdf.text.ParagraphLayout;

/**
 * The PDF's position chart of the situation analysis (the HTML page draws the same as SVG),
 * from the table after the heading anchored {@value #ANCHOR}: rows S − W, O − T and the
 * quadrant, figures last. The quadrants, axes and point are vector paths; the quadrants' codes
 * and the caption (the point's figures and its quadrant named) are real text. In the structure
 * tree it is one Figure whose alternative text reads the table's rows.
 */
final class PositionChartTypesetter {
    static final String ANCHOR = "analysis-position";
    private static final Color QUADRANT = new Color(0xFA, 0xFA, 0xFA);
    private static final Color HERE = new Color(0xE3, 0xE3, 0xE3);

    private PositionChartTypesetter() {
    }

    static boolean asked(List<String> anchors) {
        return anchors.contains(ANCHOR);
    }

    /** The position the body rows state, or null when they are not two figures and a quadrant. */
    static ChartPosition of(List<List<Inlines>> body) {
        return ChartPosition.of(body.stream().map(r -> r.stream().map(c -> c.plainText().strip()).toList()).toList());
    }

    /** Four quadrant cells (their codes in the outer corners) and a caption row, the drawing under them. */
    static PdfPTable chart(ChartPosition p, String title, ChunkFactory chunks, float width) {
        Tagging tagging = chunks.tagging();
        PdfStructureElement figure = tagging.open(Tagging.FIGURE);
        Tagging.alternative(figure, p.alternative(title));
        float side = width / 2f;
        PdfPTable table = ChartTable.framed(new PdfPTable(2), width);
        String[] codes = {"WO", "SO", "WT", "ST"};
        for (String code : codes) {
            boolean right = code.charAt(0) == 'S';
            boolean top = code.charAt(1) == 'O';
            // Left-aligned text moved by padding: a code in the right column sits at its cell's right edge.
            float codeWidth = chunks.styles().width(code, PdfStyles.TABLE, true);
            PdfPCell cell = text(chunks, code, true, codeWidth + 4f);
            if (right) {
                cell.setPaddingLeft(side - codeWidth - 12f);
            }
            cell.setFixedHeight(side);
            cell.setVerticalAlignment(top ? Element.ALIGN_TOP : Element.ALIGN_BOTTOM);
            table.addCell(cell);
        }
        PdfPCell caption = text(chunks, "(" + p.xText() + ", " + p.yText() + ") " + p.names().get(2) + " " + p.quadrant(),
                false, width - 12f);
        caption.setColspan(2);
        table.addCell(caption);
        int range = p.range();
        table.setTableEvent((t, widths, heights, headerRows, rowStart, canvases) ->
                draw(p, range, widths[0][0], widths[0][2], heights[0], heights[2], canvases, tagging, figure));
        tagging.close();
        return table;
    }

    private static PdfPCell text(ChunkFactory chunks, String text, boolean bold, float width) {
        List<Inlines.Run> runs = List.of(new Inlines.Run(text, bold, false, false, null, List.of()));
        Paragraph paragraph = chunks.paragraph(runs, PdfStyles.TABLE, bold, PdfStyles.CELL_LEADING, PdfStyles.TEXT, width,
                ParagraphLayout.Align.LEFT);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setUseAscender(true);
        cell.setPadding(5f);
        cell.addElement(paragraph);
        return cell;
    }

    /** The quadrants (the point's shaded), the axes and the point, as the figure's content. */
    private static void draw(ChartPosition p, int range, float left, float right, float top, float bottom,
            PdfContentByte[] canvases, Tagging tagging, PdfStructureElement figure) {
        float midX = (left + right) / 2f;
        float midY = (top + bottom) / 2f;
        float reach = (right - left) / 2f - 8f;
        PdfContentByte under = canvases[PdfPTable.BACKGROUNDCANVAS];
        tagging.begin(under, figure);
        under.saveState();
        String here = p.quadrant().length() >= 2 ? p.quadrant().substring(0, 2) : "";
        fill(under, left, midY, midX, top, "WO".equals(here));
        fill(under, midX, midY, right, top, "SO".equals(here));
        fill(under, left, bottom, midX, midY, "WT".equals(here));
        fill(under, midX, bottom, right, midY, "ST".equals(here));
        under.restoreState();
        tagging.end(under);
        PdfContentByte lines = canvases[PdfPTable.LINECANVAS];
        tagging.begin(lines, figure);
        lines.saveState();
        lines.setColorStroke(PdfStyles.RULE);
        lines.setLineWidth(0.5f);
        lines.rectangle(left, bottom, right - left, top - bottom);
        lines.stroke();
        lines.setColorStroke(PdfStyles.TEXT);
        lines.setLineWidth(1f);
        lines.moveTo(left, midY);
        lines.lineTo(right, midY);
        lines.moveTo(midX, bottom);
        lines.lineTo(midX, top);
        lines.stroke();
        float x = midX + (float) (p.x().doubleValue() / range) * reach;
        float y = midY + (float) (p.y().doubleValue() / range) * reach;
        lines.setColorFill(PdfStyles.TEXT);
        lines.circle(x, y, 4f);
        lines.fill();
        lines.restoreState();
        tagging.end(lines);
    }

    private static void fill(PdfContentByte canvas, float x0, float y0, float x1, float y1, boolean here) {
        canvas.setColorFill(here ? HERE : QUADRANT);
        canvas.rectangle(x0, y0, x1 - x0, y1 - y0);
        canvas.fill();
    }
}
