package plan.render.pdf;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import plan.render.TableCaptions;
import plan.render.pdf.tagged.Tagging;
import plan.render.pdf.text.ParagraphLayout;

/**
 * GFM tables as OpenPDF tables whose header rows repeat on every page. Column widths follow the
 * content, and no column is narrower than its longest unbreakable Thai word, so cells wrap between
 * words instead of cutting one.
 */
final class TableTypesetter {
    private static final float PAD_X = 5f;
    private static final float PAD_Y = 3f;
    private static final float BORDER = 0.5f;
    /**
     * Wide tables (a 5-year indicator table has 8 columns, a quarterly plan 6) are set smaller
     * rather than on landscape pages: their cells are short figures, so a smaller size keeps
     * them in the reading order and the page furniture of portrait pages; below this scale type
     * gets too small to read, so words would rather wrap.
     */
    private static final int WIDE_COLUMNS = 6;
    private static final float WIDE_SCALE = 0.85f;
    private static final float MIN_SCALE = 0.7f;
    /** A table of at most this many rows moves whole to the next page rather than split. */
    private static final int SHORT_TABLE_ROWS = 15;

    private final ChunkFactory chunks;
    private final PdfStyles styles;
    private final MarkdownTypesetter blocks;

    TableTypesetter(ChunkFactory chunks, MarkdownTypesetter blocks) {
        this.chunks = chunks;
        this.styles = chunks.styles();
        this.blocks = blocks;
    }

    private record Cell(TableCell node, Inlines inlines, boolean header, int span) {
    }

    /** A table's type size and column widths. */
    private record Sizing(float size, float[] widths) {
    }

    void table(TableBlock block, MarkdownTypesetter.Sink sink, MarkdownTypesetter.Context ctx)
            throws DocumentException {
        List<List<Cell>> rows = new ArrayList<>();
        int headerRows = 0;
        Inlines caption = null;
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            boolean header = section instanceof TableHead;
            if (section instanceof TableCaption) {
                caption = blocks.inlines(section);
            }
            if (!header && !(section instanceof TableBody)) {
                continue;
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<Cell> cells = new ArrayList<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell tc) {
                        cells.add(new Cell(tc, blocks.inlines(tc), header, Math.max(1, tc.getSpan())));
                    }
                }
                rows.add(cells);
                if (header) {
                    headerRows++;
                }
            }
        }
        int columns = rows.stream().mapToInt(r -> r.stream().mapToInt(Cell::span).sum()).max().orElse(0);
        if (columns == 0) {
            return;
        }
        float available = blocks.textWidth() - ctx.indent();
        Sizing sizing = sizing(rows, columns, available);
        float[] widths = sizing.widths();
        Tagging tagging = chunks.tagging();
        // Caption and chart come before the table on the page, so they come first in the tree too.
        Paragraph captionParagraph = null;
        if (caption != null && !caption.runs().isEmpty()) {
            tagging.open(Tagging.P);
            captionParagraph = chunks.paragraph(caption.runs(), PdfStyles.TABLE, false, PdfStyles.CELL_LEADING,
                    PdfStyles.MUTED, available, ParagraphLayout.Align.LEFT);
            tagging.close();
            captionParagraph.setIndentationLeft(ctx.indent());
        }
        PdfPTable chart = chart(block, rows, available);
        // A table drawn as a chart too gets its caption (ตารางที่ n) between the chart and itself.
        Paragraph numbered = asksForChart(block) && TableCaptions.isCaption(block.getPrevious())
                ? blocks.caption(block.getPrevious(), ctx) : null;
        PdfPTable table = new PdfPTable(widths);
        tagging.decorate(table);
        tagging.open(Tagging.TABLE);
        blocks.indentTable(table, ctx);
        table.setHeaderRows(headerRows);
        table.setKeepTogether(rows.size() <= SHORT_TABLE_ROWS);
        table.setSpacingBefore(4f);
        table.setSpacingAfter(12f);
        for (List<Cell> row : rows) {
            tagging.open(Tagging.TR);
            int used = 0;
            for (Cell cell : row) {
                float inner = -2 * PAD_X - 1f; // a point to spare against rounding
                for (int c = used; c < Math.min(columns, used + cell.span()); c++) {
                    inner += widths[c];
                }
                tagging.cell(cell.header(), cell.span());
                table.addCell(pdfCell(cell, inner, sizing.size()));
                tagging.close();
                used += cell.span();
            }
            for (; used < columns; used++) {
                boolean header = row.isEmpty() || row.get(0).header();
                tagging.cell(header, 1); // empty, but a cell: every row has as many as the table has columns
                table.addCell(emptyCell(header, sizing.size()));
                tagging.close();
            }
            tagging.close();
        }
        tagging.close();
        // The caption and chart stay on the page of the table's first rows.
        if (captionParagraph != null) {
            KeepWithNext.addHeld(sink, captionParagraph);
        }
        if (chart != null) {
            KeepWithNext.addHeld(sink, chart);
        }
        if (numbered != null) {
            KeepWithNext.addHeld(sink, numbered);
        }
        sink.add(table);
    }

    /** Whether the heading over {@code block} asks for a chart of it (a bar chart, or the position's). */
    static boolean asksForChart(TableBlock block) {
        if (!(TableCaptions.before(block) instanceof Heading h)) {
            return false;
        }
        List<String> anchors = Inlines.anchorIds(h.getChars());
        return PositionChartTypesetter.asked(anchors) || BarChartTypesetter.asked(anchors);
    }

    /** The bar chart the template asks for with its heading's anchor, before the table; or null. */
    private PdfPTable chart(TableBlock block, List<List<Cell>> rows, float width) {
        if (!(TableCaptions.before(block) instanceof Heading h)) {
            return null;
        }
        List<String> anchors = Inlines.anchorIds(h.getChars());
        boolean position = PositionChartTypesetter.asked(anchors);
        if (!position && !BarChartTypesetter.asked(anchors)) {
            return null;
        }
        List<List<Inlines>> body = rows.stream().filter(r -> !r.isEmpty() && !r.get(0).header())
                .map(r -> r.stream().map(Cell::inlines).toList()).toList();
        if (position) {
            plan.render.ChartPosition p = PositionChartTypesetter.of(body);
            return p == null ? null : PositionChartTypesetter.chart(p, Inlines.of(h, List.of()).plainText().strip(),
                    chunks, Math.min(width, 10 * PdfStyles.CM));
        }
        List<BarChartTypesetter.Bar> bars = BarChartTypesetter.bars(body);
        if (bars.isEmpty()) {
            return null;
        }
        String title = Inlines.of(h, List.of()).plainText().strip();
        return BarChartTypesetter.chart(bars, title, anchors, chunks, Math.min(width, 12 * PdfStyles.CM));
    }

    private PdfPCell pdfCell(Cell cell, float inner, float size) {
        PdfPCell pc = frame(cell.header());
        pc.setColspan(cell.span());
        TableCell.Alignment align = cell.node().getAlignment();
        Paragraph p = chunks.paragraph(cell.inlines().runs(), size, cell.header(),
                PdfStyles.CELL_LEADING, PdfStyles.TEXT, inner,
                align == TableCell.Alignment.CENTER ? ParagraphLayout.Align.CENTER
                        : align == TableCell.Alignment.RIGHT ? ParagraphLayout.Align.RIGHT : ParagraphLayout.Align.LEFT);
        if (!cell.inlines().runs().isEmpty()) {
            pc.addElement(p);
        }
        return pc;
    }

    private PdfPCell emptyCell(boolean header, float size) {
        PdfPCell pc = frame(header);
        // A line of one space, drawn by us: it takes a line's height and leaves no untagged text.
        pc.addElement(chunks.paragraph(List.of(new Inlines.Run(" ", false, false, false, null, List.of())), size,
                false, PdfStyles.CELL_LEADING, PdfStyles.TEXT, 10f, ParagraphLayout.Align.LEFT));
        return pc;
    }

    private PdfPCell frame(boolean header) {
        PdfPCell pc = new PdfPCell();
        pc.setPaddingLeft(PAD_X);
        pc.setPaddingRight(PAD_X);
        pc.setPaddingTop(PAD_Y);
        pc.setPaddingBottom(PAD_Y + 3f);
        pc.setUseAscender(true);
        pc.setBorderWidth(BORDER);
        pc.setBorderColor(PdfStyles.RULE);
        if (header) {
            pc.setBackgroundColor(styles.headerFill());
        }
        return pc;
    }

    /** The table's type size and column widths, from the cells' texts measured in the table's font. */
    private Sizing sizing(List<List<Cell>> rows, int columns, float available) {
        List<List<ColumnWidths.Cell>> texts = new ArrayList<>(rows.size());
        for (List<Cell> row : rows) {
            List<ColumnWidths.Cell> cells = new ArrayList<>(row.size());
            for (Cell cell : row) {
                List<Inlines.Run> runs = cell.inlines().runs();
                boolean bold = cell.header() || runs.stream().anyMatch(Inlines.Run::bold);
                cells.add(new ColumnWidths.Cell(cell.inlines().plainText(), bold, cell.header(), cell.span(),
                        cell.node().getAlignment() == TableCell.Alignment.RIGHT));
            }
            texts.add(cells);
        }
        ColumnWidths.Measure measure = new ColumnWidths.Measure() {
            @Override
            public float width(String text, boolean bold) {
                return styles.width(text, PdfStyles.TABLE, bold);
            }

            @Override
            public String[] words(String text) {
                return chunks.breaker().segments(text);
            }
        };
        // Smaller type for wide tables, and smaller still (to a floor) until every longest word fits.
        ColumnWidths.Sizing s = ColumnWidths.of(texts, columns, available, measure, 2 * PAD_X + 2 * BORDER + 2f,
                columns >= WIDE_COLUMNS ? WIDE_SCALE : 1f, MIN_SCALE);
        return new Sizing(PdfStyles.TABLE * s.scale(), s.widths());
    }
}
