package plan.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

import plan.render.ThaiDigits;
import plan.render.pdf.tagged.Tagging;
import plan.render.pdf.text.ParagraphLayout;

/**
 * The table of contents, with the pages the headings landed on. Numbers sit in a fixed-width
 * column, so the TOC takes the same room whatever the numbers are: laid out with blank numbers
 * before the body is typeset, it tells how many pages to leave for it.
 */
final class TableOfContents {
    /** Headings deeper than this are left out of the TOC (they still get bookmarks). */
    static final int DEPTH = 3;
    private static final float NUMBER_COLUMN = 48f;

    private TableOfContents() {
    }

    /**
     * The contents' place in the structure tree: its title and the TOC element, and the list of
     * tables' (null when there is none). The contents are typeset after the body but read before
     * it, so their place is taken where they will stand.
     */
    record Place(PdfStructureElement title, PdfStructureElement toc, PdfStructureElement tablesTitle,
            PdfStructureElement tablesToc) {
        static Place here(Tagging tagging) {
            return here(tagging, false);
        }

        /** @param tables whether a list of tables follows the contents */
        static Place here(Tagging tagging, boolean tables) {
            return new Place(tagging.leaf(Tagging.P), tagging.leaf(Tagging.TOC),
                    tables ? tagging.leaf(Tagging.P) : null, tables ? tagging.leaf(Tagging.TOC) : null);
        }
    }

    /** Adds the contents on a new page; returns its bookmark, or null when there are no headings. */
    static PdfOutline add(Document document, PdfWriter writer, ChunkFactory chunks, Headings pages,
            PdfDocumentInfo info) throws DocumentException {
        List<PdfOutline> added = add(document, writer, chunks, pages, null, info, null);
        return added.isEmpty() ? null : added.get(0);
    }

    /**
     * The contents on a new page, then the list of tables on a page of its own (when {@code tables}
     * names any), in the structure tree at {@code place} (null: where the tree stands now). Returns
     * their bookmarks, in that order.
     */
    static List<PdfOutline> add(Document document, PdfWriter writer, ChunkFactory chunks, Headings pages,
            Headings tables, PdfDocumentInfo info, Place place) throws DocumentException {
        boolean listsTables = tables != null && !tables.entries().isEmpty();
        if (pages.entries().isEmpty() && !listsTables) {
            return List.of();
        }
        Place at = place != null ? place : Place.here(chunks.tagging(), listsTables);
        List<PdfOutline> out = new ArrayList<>(2);
        if (!pages.entries().isEmpty()) {
            // Chapters stand at the margin; after a part (ส่วนที่ n, level 1) they are indented under it.
            boolean[] inPart = {false};
            out.add(list(document, writer, chunks, pages, info.contentsLabel(), at.title(), at.toc(), info, e -> {
                inPart[0] |= e.level() == 1;
                return e.level() > DEPTH ? null
                        : new Look(chunks.styles().pt(20f) * Math.max(0, e.level() - (inPart[0] ? 1 : 2)), e.level() <= 2);
            }));
        }
        if (listsTables) {
            out.add(list(document, writer, chunks, tables, tables.title(), at.tablesTitle(), at.tablesToc(), info,
                    e -> new Look(0f, false)));
        }
        return out;
    }

    /** How an entry is set: its indent, and whether in bold (a chapter of the contents). */
    private record Look(float indent, boolean bold) {
    }

    /**
     * One list on a new page: its title centred, then each entry with its page (the page's label
     * where it has one) in a column at the right, linked to where it leads. {@code look} says how
     * an entry is set, or null to leave it out.
     */
    private static PdfOutline list(Document document, PdfWriter writer, ChunkFactory chunks, Headings pages,
            String name, PdfStructureElement titleElement, PdfStructureElement tocElement, PdfDocumentInfo info,
            java.util.function.Function<Headings.Entry, Look> look) throws DocumentException {
        List<Headings.Entry> entries = pages.entries();
        Tagging tagging = chunks.tagging();
        document.newPage();
        PdfOutline outline = tagging.links().outline(writer.getRootOutline(), new PdfDestination(PdfDestination.FITH,
                document.top() + 8f), titleElement, name, true);
        float width = document.right() - document.left();
        float numberColumn = chunks.styles().pt(NUMBER_COLUMN);
        tagging.reopen(titleElement);
        Paragraph title = chunks.paragraph(run(name), 20f, true, 1.4f, chunks.styles().heading(), width,
                ParagraphLayout.Align.CENTER);
        tagging.close();
        title.setSpacingAfter(12f);
        document.add(title);

        PdfPTable table = new PdfPTable(new float[] {width - numberColumn, numberColumn});
        table.setWidthPercentage(100f);
        table.setHeaderRows(1);
        // The column head ("page") is layout: each entry's link already says where it leads.
        tagging.beginArtifactText();
        table.addCell(cell(chunks.paragraph(run(" "), PdfStyles.BODY, true, PdfStyles.CELL_LEADING,
                PdfStyles.TEXT, width - numberColumn, ParagraphLayout.Align.LEFT), 0, chunks));
        Paragraph pageHead = chunks.paragraph(run(info.pageLabel()), PdfStyles.BODY, true, PdfStyles.CELL_LEADING,
                PdfStyles.TEXT, numberColumn, ParagraphLayout.Align.RIGHT);
        tagging.endArtifactText();
        table.addCell(cell(pageHead, 0, chunks));
        tagging.reopen(tocElement);
        tagging.linksAs(Tagging.REFERENCE); // an entry of the contents refers to its heading
        for (int i = 0; i < entries.size(); i++) {
            Headings.Entry e = entries.get(i);
            Look set = look.apply(e);
            if (set == null) {
                continue;
            }
            float indent = set.indent();
            tagging.openContentsEntry(e.destination());
            Paragraph text = chunks.paragraphLinkedTo(e.destination(), run(e.text()), PdfStyles.BODY, set.bold(),
                    PdfStyles.CELL_LEADING, PdfStyles.TEXT, width - numberColumn - indent - 1f,
                    ParagraphLayout.Align.LEFT);
            int page = pages.page(i);
            String label = pages.label(i);
            String number = page == 0 ? "" : label != null ? label : ThaiDigits.number(page, info.thaiDigits());
            Paragraph num = chunks.paragraphLinkedTo(e.destination(), run(number.isEmpty() ? " " : number),
                    PdfStyles.BODY, set.bold(), PdfStyles.CELL_LEADING, PdfStyles.TEXT, numberColumn,
                    ParagraphLayout.Align.RIGHT);
            tagging.close();
            table.addCell(cell(text, indent, chunks));
            PdfPCell numberCell = cell(num, 0, chunks);
            // A wrapped entry gets its number on its last line, next to the end of the title.
            numberCell.setVerticalAlignment(Element.ALIGN_BOTTOM);
            if (chunks.styles().official() && page != 0) {
                float textEnd = indent + lastLineWidth(text, width - numberColumn - indent);
                numberCell.setCellEvent(new Leader(width - numberColumn - textEnd,
                        chunks.styles().width(number, PdfStyles.BODY, set.bold()), tagging));
            }
            table.addCell(numberCell);
        }
        tagging.close(); // the TOC
        tagging.linksAs(Tagging.LINK);
        document.add(table);
        return outline;
    }

    /** The width of a paragraph's last line as laid out (see {@link ChunkFactory}), or {@code otherwise}. */
    private static float lastLineWidth(Paragraph p, float otherwise) {
        if (!p.isEmpty() && p.get(p.size() - 1) instanceof org.openpdf.text.Chunk c && c.getChunkAttributes() != null
                && c.getChunkAttributes().get(org.openpdf.text.Chunk.SEPARATOR) instanceof Object[] separator
                && separator.length > 0 && separator[0] instanceof LineDrawing line) {
            return line.natural();
        }
        return otherwise;
    }

    /**
     * The official contents' dot leader: a row of dots from the end of an entry's text to its page
     * number, on the line they share (drawn from the number's cell, which knows the row's bottom),
     * on a grid so that the dots of all entries stand in columns. Decoration: an artifact.
     */
    private record Leader(float beforeCell, float numberWidth, Tagging tagging) implements PdfPCellEvent {
        private static final float STEP = 4f;
        private static final float GAP = 4f;
        private static final float DOT = 0.45f;
        /** From the cell's bottom to the dots: the bottom padding and the last line's descent. */
        private static final float RISE = 7f;

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            float from = position.getLeft() - beforeCell + GAP;
            float to = position.getRight() - numberWidth - GAP;
            if (to - from < 2 * STEP) {
                return;
            }
            PdfContentByte cb = canvases[PdfPTable.TEXTCANVAS];
            float y = position.getBottom() + RISE;
            tagging.beginArtifact(cb);
            // One stroke of dashes of no length with round caps: each dash is a dot of the line's
            // width. A circle a dot took four curves, a tenth of an official contents page's
            // drawing; the dots look the same.
            float first = (float) Math.ceil(from / STEP) * STEP;
            float last = first + (float) Math.floor((to - first) / STEP) * STEP;
            cb.saveState();
            cb.setColorStroke(PdfStyles.TEXT);
            cb.setLineWidth(2 * DOT);
            cb.setLineCap(PdfContentByte.LINE_CAP_ROUND);
            cb.setLineDash(0f, STEP, 0f);
            cb.moveTo(first, y);
            cb.lineTo(last, y);
            cb.stroke();
            cb.restoreState();
            tagging.end(cb);
        }
    }

    private static List<Inlines.Run> run(String text) {
        return List.of(new Inlines.Run(text, false, false, false, null, List.of()));
    }

    private static PdfPCell cell(Paragraph content, float indent, ChunkFactory chunks) {
        content.setFont(chunks.styles().body());
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(indent);
        cell.setPaddingRight(0);
        cell.setPaddingTop(0);
        cell.setPaddingBottom(3f);
        cell.setUseAscender(true);
        cell.addElement(content);
        return cell;
    }
}
