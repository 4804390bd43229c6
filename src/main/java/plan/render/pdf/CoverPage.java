package plan.render.pdf;

import java.awt.Color;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;

/** Page 1: title, subtitle, organization and period, centred, in place of the Markdown title block. */
final class CoverPage {
    private CoverPage() {
    }

    static void add(Document document, PdfWriter writer, ChunkFactory chunks, PdfDocumentInfo info)
            throws DocumentException {
        new PdfOutline(writer.getRootOutline(), new PdfDestination(PdfDestination.FIT), info.title(), true);
        Paragraph title = line(document, chunks, info.title(), 28f, true, PdfStyles.LINK);
        title.setSpacingBefore(5.5f * PdfStyles.CM);
        document.add(title);
        if (info.subtitle() != null && !info.subtitle().isBlank()) {
            Paragraph subtitle = line(document, chunks, info.subtitle(), 20f, false, PdfStyles.TEXT);
            subtitle.setSpacingBefore(10f);
            document.add(subtitle);
        }
        Paragraph rule = new Paragraph(20f);
        rule.setFont(chunks.styles().body());
        rule.add(new org.openpdf.text.Chunk(new LineSeparator(1f, 30f, PdfStyles.QUOTE_BAR, Element.ALIGN_CENTER, 0f)));
        rule.setSpacingBefore(18f);
        document.add(rule);
        Paragraph organization = line(document, chunks, info.organization(), 18f, true, PdfStyles.TEXT);
        organization.setSpacingBefore(5f * PdfStyles.CM);
        document.add(organization);
        Paragraph period = line(document, chunks, info.period(), 18f, false, PdfStyles.TEXT);
        period.setSpacingBefore(8f);
        document.add(period);
    }

    private static Paragraph line(Document document, ChunkFactory chunks, String text, float size, boolean bold, Color color) {
        return chunks.paragraph(List.of(new Inlines.Run(text.strip(), false, false, false, null, List.of())),
                size, bold, 1.45f, color, document.right() - document.left(), ParagraphLayout.Align.CENTER);
    }
}
