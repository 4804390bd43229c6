package plan.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The top-level sink that keeps a heading with what follows it. Headings (and a table's bold
 * title, a table's caption and chart) are held instead of placed; when the next block arrives, a
 * new page starts unless the held lines and the first part of that block fit below: two lines of
 * a paragraph or list item, a table's header and first row, or the whole of a table that will not
 * split. Measured on the laid-out blocks, so a heading followed by a heading and a table is kept
 * with both.
 */
final class KeepWithNext implements MarkdownTypesetter.Sink {
    /** Lines of a paragraph that must come along with its heading (no orphaned first line). */
    private static final int FIRST_LINES = 2;

    private final Document document;
    private final PdfWriter writer;
    private final MarkdownTypesetter.Sink out;
    private final List<Element> held = new ArrayList<>();
    private float heldHeight;

    KeepWithNext(Document document, PdfWriter writer, MarkdownTypesetter.Sink out) {
        this.document = document;
        this.writer = writer;
        this.out = out;
    }

    /** Adds through {@code sink}, holding {@code e} if the sink keeps blocks with the next one. */
    static void addHeld(MarkdownTypesetter.Sink sink, Element e) throws DocumentException {
        if (sink instanceof KeepWithNext keep) {
            keep.hold(e);
        } else {
            sink.add(e);
        }
    }

    /** Holds {@code e} until the next block is known. */
    void hold(Element e) {
        held.add(e);
        heldHeight += height(e);
    }

    /** The height held back, for a caller that decides on a page break itself. */
    float heldHeight() {
        return heldHeight;
    }

    @Override
    public void add(Element e) throws DocumentException {
        if (!held.isEmpty()) {
            // Nothing is measured on the probe's pass, whose paragraphs are empty.
            if (heldHeight > 0 && room() < heldHeight + firstPart(e) && room() < fullPage()) {
                document.newPage();
            }
            flush();
        }
        out.add(e);
    }

    /** Places what is held (the end of the document, or a block placed by other means follows). */
    void flush() throws DocumentException {
        List<Element> now = List.copyOf(held);
        held.clear();
        heldHeight = 0;
        for (Element e : now) {
            out.add(e);
        }
    }

    private float room() {
        return writer.getVerticalPosition(true) - document.bottom();
    }

    private float fullPage() {
        return document.top() - document.bottom();
    }

    private static float height(Element e) {
        if (e instanceof Paragraph p) {
            return p.size() * p.getTotalLeading() + p.getSpacingBefore() + p.getSpacingAfter();
        }
        if (e instanceof PdfPTable t) {
            return tableHeight(t, t.getRows().size()) + t.spacingBefore() + t.spacingAfter();
        }
        return 0;
    }

    /** The part of {@code e} that must stand on the same page as the held blocks. */
    private float firstPart(Element e) {
        if (e instanceof org.openpdf.text.List list && !list.getItems().isEmpty()
                && list.getItems().get(0) instanceof ListItem item) {
            return lines(item) + item.getSpacingBefore();
        }
        if (e instanceof Paragraph p) {
            return lines(p) + p.getSpacingBefore();
        }
        if (e instanceof PdfPTable t) {
            float whole = tableHeight(t, t.getRows().size());
            // A table kept together moves whole when it fits a page: all of it must come along.
            if (t.getKeepTogether() && whole <= fullPage()) {
                return whole + t.spacingBefore();
            }
            return tableHeight(t, Math.min(t.getRows().size(), t.getHeaderRows() + 1)) + t.spacingBefore();
        }
        return 0;
    }

    /**
     * The first lines of a paragraph, and one line more: OpenPDF places a line by its ascender
     * and the spacing the block before left, which the estimate does not see.
     */
    private static float lines(Paragraph p) {
        return (Math.min(p.size(), FIRST_LINES) + 1) * p.getTotalLeading();
    }

    /**
     * The height of the first {@code rows} rows of {@code t}, from the lines of their cells (each
     * line of ours is a chunk of a paragraph). Not OpenPDF's own measure: that would give the
     * table a width before the page does, and the page's end would then no longer be where the
     * contents' pass expects it.
     */
    private static float tableHeight(PdfPTable t, int rows) {
        float h = 0;
        for (int r = 0; r < rows; r++) {
            float row = 0;
            for (PdfPCell cell : t.getRow(r).getCells()) {
                if (cell != null) {
                    row = Math.max(row, cellHeight(cell));
                }
            }
            h += row;
        }
        return h;
    }

    private static float cellHeight(PdfPCell cell) {
        if (cell.getFixedHeight() > 0) {
            return cell.getFixedHeight();
        }
        float h = cell.getPaddingTop() + cell.getPaddingBottom();
        List<Element> content = cell.getCompositeElements();
        if (content != null) {
            for (Element e : content) {
                if (e instanceof Paragraph p) {
                    h += p.size() * p.getTotalLeading() + p.getSpacingBefore() + p.getSpacingAfter();
                }
            }
        }
        return Math.max(h, cell.getMinimumHeight());
    }
}
