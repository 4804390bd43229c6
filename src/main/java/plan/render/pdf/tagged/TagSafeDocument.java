package plan.render.pdf.tagged;

import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfDocument;
import org.openpdf.text.pdf.draw.DrawInterface;

/**
 * OpenPDF's document, except for the space before and after a paragraph: OpenPDF makes that room
 * by writing a line holding one space character, which is text that belongs to no element of the
 * structure tree (PDF/UA forbids such text). Here the line holds a separator that draws nothing:
 * the same room, no text.
 */
public final class TagSafeDocument extends PdfDocument {
    private static final DrawInterface NOTHING = (cb, llx, lly, urx, ury, y) -> { };
    private boolean spacing;

    @Override
    protected void addSpacing(float extraspace, float oldleading, Font f) {
        spacing = true;
        try {
            super.addSpacing(extraspace, oldleading, f);
        } finally {
            spacing = false;
        }
    }

    @Override
    public boolean add(Element element) throws DocumentException {
        if (spacing && element instanceof Chunk chunk && " ".equals(chunk.getContent())) {
            Chunk blank = new Chunk(NOTHING, true);
            blank.setFont(chunk.getFont());
            return super.add(blank);
        }
        return super.add(element);
    }
}
