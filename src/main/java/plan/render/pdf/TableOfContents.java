package plan.render.pdf;

import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
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
     * The contents' place in the structure tree: its title and the TOC element. The contents are
     * typeset after the body but read before it, so their place is taken where they will stand.
     */
    record Place(PdfStructureElement title, PdfStructureElement toc) {
        static Place here(Tagging tagging) {
            return new Place(tagging.leaf(Tagging.P), tagging.leaf(Tagging.TOC));
        }
    }

    /** Adds the contents on a new page; returns its bookmark, or null when there are no headings. */
    static PdfOutline add(Document document, PdfWriter writer, ChunkFactory chunks, Headings pages,
            PdfDocumentInfo info) throws DocumentException {
        return add(document, writer, chunks, pages, info, null);
    }

    /** As above, in the structure tree at {@code place} (null: where the tree stands now). */
    static PdfOutline add(Document document, PdfWriter writer, ChunkFactory chunks, Headings pages,
            PdfDocumentInfo info, Place place) throws DocumentException {
        List<Headings.Entry> entries = pages.entries();
        if (entries.isEmpty()) {
            return null;
        }
        Tagging tagging = chunks.tagging();
        Place at = place != null ? place : Place.here(tagging);
        document.newPage();
        PdfOutline outline = tagging.links().outline(writer.getRootOutline(), new PdfDestination(PdfDestination.FITH,
                document.top() + 8f), at.title(), info.contentsLabel(), true);
        float width = document.right() - document.left();
        float numberColumn = chunks.styles().pt(NUMBER_COLUMN);
        tagging.reopen(at.title());
        Paragraph title = chunks.paragraph(run(info.contentsLabel()), 20f, true, 1.4f, chunks.styles().heading(), width,
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
        tagging.reopen(at.toc());
        tagging.linksAs(Tagging.REFERENCE); // an entry of the contents refers to its heading
        for (int i = 0; i < entries.size(); i++) {
            Headings.Entry e = entries.get(i);
            if (e.level() > DEPTH) {
                continue;
            }
            boolean chapter = e.level() <= 2;
            float indent = chapter ? 0 : chunks.styles().pt(20f) * (e.level() - 2);
            tagging.openContentsEntry(e.destination());
            Paragraph text = chunks.paragraphLinkedTo(e.destination(), run(e.text()), PdfStyles.BODY, chapter,
                    PdfStyles.CELL_LEADING, PdfStyles.TEXT, width - numberColumn - indent - 1f,
                    ParagraphLayout.Align.LEFT);
            int page = pages.page(i);
            String label = pages.label(i);
            String number = page == 0 ? "" : label != null ? label : ThaiDigits.number(page, info.thaiDigits());
            Paragraph num = chunks.paragraphLinkedTo(e.destination(), run(number.isEmpty() ? " " : number),
                    PdfStyles.BODY, chapter, PdfStyles.CELL_LEADING, PdfStyles.TEXT, numberColumn,
                    ParagraphLayout.Align.RIGHT);
            tagging.close();
            table.addCell(cell(text, indent, chunks));
            PdfPCell numberCell = cell(num, 0, chunks);
            // A wrapped entry gets its number on its last line, next to the end of the title.
            numberCell.setVerticalAlignment(Element.ALIGN_BOTTOM);
            table.addCell(numberCell);
        }
        tagging.close(); // the TOC
        tagging.linksAs(Tagging.LINK);
        document.add(table);
        return outline;
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
