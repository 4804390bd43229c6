package plan.render.pdf;

import java.awt.Color;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;
import plan.render.CoverLines;
import plan.render.pdf.tagged.Tagging;
import plan.render.pdf.text.ParagraphLayout;

/** Page 1: title, subtitle, organization and period, centred, in place of the Markdown title block. */
final class CoverPage {
    private static final PdfName H1 = new PdfName("H1");

    private CoverPage() {
    }

    /** @param logos the logos read for the renderer's covers, read here when new */
    static void add(Document document, PdfWriter writer, ChunkFactory chunks, PdfDocumentInfo info, CoverLogo logos)
            throws DocumentException {
        if (info.official()) {
            official(document, writer, chunks, info, logos);
            return;
        }
        Tagging tagging = chunks.tagging();
        title(document, writer, chunks, info, 28f, PdfStyles.LINK, 5.5f * PdfStyles.CM);
        if (info.subtitle() != null && !info.subtitle().isBlank()) {
            paragraph(document, chunks, info.subtitle(), 20f, false, 10f);
        }
        Paragraph rule = new Paragraph(20f);
        rule.setFont(chunks.styles().body());
        rule.add(new org.openpdf.text.Chunk(tagging.artifact(new LineSeparator(1f, 30f, PdfStyles.QUOTE_BAR, Element.ALIGN_CENTER, 0f)), true));
        rule.setSpacingBefore(18f);
        document.add(rule);
        paragraph(document, chunks, info.organization(), 18f, true, 5f * PdfStyles.CM);
        paragraph(document, chunks, info.period(), 18f, false, 8f);
    }

    /**
     * The official cover: the logo at the top, then title, subtitle and period, and the office
     * lower down, all centred and black, as Thai offices print their plans.
     */
    private static void official(Document document, PdfWriter writer, ChunkFactory chunks, PdfDocumentInfo info,
            CoverLogo logos) throws DocumentException {
        boolean logo = logos.add(document, chunks.tagging(), info);
        title(document, writer, chunks, info, 26f, PdfStyles.TEXT, logo ? 1.5f * PdfStyles.CM : 6f * PdfStyles.CM);
        if (CoverLines.subtitleAdds(info.subtitle(), info.organization())) {
            paragraph(document, chunks, info.subtitle(), 20f, false, 8f);
        }
        if (CoverLines.periodAdds(info.title(), info.period())) {
            paragraph(document, chunks, info.period(), 20f, true, 12f);
        }
        paragraph(document, chunks, info.organization(), 20f, true, logo ? 5f * PdfStyles.CM : 6f * PdfStyles.CM);
    }

    /**
     * The title: the document's first heading, as the Markdown's title block has it, and its first
     * bookmark; {@code before} points below the top of the page or the logo.
     */
    private static void title(Document document, PdfWriter writer, ChunkFactory chunks, PdfDocumentInfo info, float size,
            Color color, float before) throws DocumentException {
        Tagging tagging = chunks.tagging();
        PdfStructureElement heading = tagging.open(H1);
        Paragraph title = line(document, chunks, info.title(), size, true, color);
        tagging.close();
        tagging.links().outline(writer.getRootOutline(), new PdfDestination(PdfDestination.FIT), heading, info.title(), true);
        title.setSpacingBefore(before);
        document.add(title);
    }

    /**
     * A centred line of the cover in the text colour, a paragraph of the structure tree,
     * {@code before} points below what precedes it.
     */
    private static void paragraph(Document document, ChunkFactory chunks, String text, float size, boolean bold,
            float before) throws DocumentException {
        chunks.tagging().open(Tagging.P);
        Paragraph paragraph = line(document, chunks, text, size, bold, PdfStyles.TEXT);
        chunks.tagging().close();
        paragraph.setSpacingBefore(before);
        document.add(paragraph);
    }

    private static Paragraph line(Document document, ChunkFactory chunks, String text, float size, boolean bold, Color color) {
        return chunks.paragraph(List.of(new Inlines.Run(text.strip(), false, false, false, null, List.of())),
                size, bold, 1.45f, color, document.right() - document.left(), ParagraphLayout.Align.CENTER);
    }
}
