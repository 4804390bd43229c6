package plan.render.pdf;

import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPTable;

/** The frame both charts are drawn in: a table of the text width, at the left, never split across pages. */
final class ChartTable {
    private ChartTable() {
    }

    static PdfPTable framed(PdfPTable table, float width) {
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setKeepTogether(true);
        table.setSpacingBefore(6f);
        table.setSpacingAfter(6f);
        return table;
    }
}
