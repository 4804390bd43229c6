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
        // The title is the document's first heading, as the Markdown's title block has it.
        PdfStructureElement heading = tagging.open(H1);
        Paragraph title = line(document, chunks, info.title(), 28f, true, PdfStyles.LINK);
        tagging.close();
        tagging.links().outline(writer.getRootOutline(), new PdfDestination(PdfDestination.FIT), heading, info.title(), true);
        title.setSpacingBefore(5.5f * PdfStyles.CM);
        document.add(title);
        if (info.subtitle() != null && !info.subtitle().isBlank()) {
            tagging.open(Tagging.P);
            Paragraph subtitle = line(document, chunks, info.subtitle(), 20f, false, PdfStyles.TEXT);
            tagging.close();
            subtitle.setSpacingBefore(10f);
            document.add(subtitle);
        }
        Paragraph rule = new Paragraph(20f);
        rule.setFont(chunks.styles().body());
        rule.add(new org.openpdf.text.Chunk(tagging.artifact(new LineSeparator(1f, 30f, PdfStyles.QUOTE_BAR, Element.ALIGN_CENTER, 0f)), true));
        rule.setSpacingBefore(18f);
        document.add(rule);
        tagging.open(Tagging.P);
        Paragraph organization = line(document, chunks, info.organization(), 18f, true, PdfStyles.TEXT);
        tagging.close();
        organization.setSpacingBefore(5f * PdfStyles.CM);
        document.add(organization);
        tagging.open(Tagging.P);
        Paragraph period = line(document, chunks, info.period(), 18f, false, PdfStyles.TEXT);
        tagging.close();
        period.setSpacingBefore(8f);
        document.add(period);
    }

    /**
     * The official cover: the logo at the top, then title, subtitle and period, and the office
     * lower down, all centred and black, as Thai offices print their plans.
     */
    private static void official(Document document, PdfWriter writer, ChunkFactory chunks, PdfDocumentInfo info,
            CoverLogo logos) throws DocumentException {
        Tagging tagging = chunks.tagging();
        boolean logo = logos.add(document, tagging, info);
        PdfStructureElement heading = tagging.open(H1);
        Paragraph title = line(document, chunks, info.title(), 26f, true, PdfStyles.TEXT);
        tagging.close();
        tagging.links().outline(writer.getRootOutline(), new PdfDestination(PdfDestination.FIT), heading, info.title(), true);
        title.setSpacingBefore(logo ? 1.5f * PdfStyles.CM : 6f * PdfStyles.CM);
        document.add(title);
        if (CoverLines.subtitleAdds(info.subtitle(), info.organization())) {
            tagging.open(Tagging.P);
            Paragraph subtitle = line(document, chunks, info.subtitle(), 20f, false, PdfStyles.TEXT);
            tagging.close();
            subtitle.setSpacingBefore(8f);
            document.add(subtitle);
        }
        if (CoverLines.periodAdds(info.title(), info.period())) {
            tagging.open(Tagging.P);
            Paragraph period = line(document, chunks, info.period(), 20f, true, PdfStyles.TEXT);
            tagging.close();
            period.setSpacingBefore(12f);
            document.add(period);
        }
        tagging.open(Tagging.P);
        Paragraph organization = line(document, chunks, info.organization(), 20f, true, PdfStyles.TEXT);
        tagging.close();
        organization.setSpacingBefore(logo ? 5f * PdfStyles.CM : 6f * PdfStyles.CM);
        document.add(organization);
    }

    private static Paragraph line(Document document, ChunkFactory chunks, String text, float size, boolean bold, Color color) {
        return chunks.paragraph(List.of(new Inlines.Run(text.strip(), false, false, false, null, List.of())),
                size, bold, 1.45f, color, document.right() - document.left(), ParagraphLayout.Align.CENTER);
    }
}
