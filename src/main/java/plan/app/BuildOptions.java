package plan.app;

import java.nio.file.Path;
import java.util.Set;

import plan.model.Style;
import plan.render.pdf.tagged.PdfStandard;
import plan.render.site.OutputFormat;

/**
 * How to build: where, which formats, and the command line's overrides of project settings.
 *
 * @param templates  a template folder overriding the built-in templates, or null
 * @param thaiDigits Thai digits in every plan, whatever its project settings say
 * @param font       a font file or family for the PDF, or null for the bundled Sarabun
 * @param force      render every plan, even those whose documents are up to date
 * @param pdfStandard what the PDFs conform to: PDF/UA-2 and PDF/A-4 (the default), or none
 * @param checkStatus the index shows each plan's check status (the office's own preview); off
 *                    for a public site
 * @param style      the look of every plan's documents, whatever the plans say, or null to let them say
 * @param published  the documents published beside each plan's page, which the page links: those
 *                   rendered, unless they are made elsewhere (plan serve typesets a PDF when asked)
 */
public record BuildOptions(Path out, Set<OutputFormat> formats, Path templates, boolean thaiDigits, String font, boolean force,
        PdfStandard pdfStandard, boolean checkStatus, Style style, Set<OutputFormat> published) {
    public BuildOptions {
        formats = Set.copyOf(formats);
        pdfStandard = pdfStandard == null ? PdfStandard.UA2_A4 : pdfStandard;
        published = published == null ? formats : Set.copyOf(published);
    }

    /** Options that publish what they render. */
    public BuildOptions(Path out, Set<OutputFormat> formats, Path templates, boolean thaiDigits, String font, boolean force,
                        PdfStandard pdfStandard, boolean checkStatus, Style style) {
        this(out, formats, templates, thaiDigits, font, force, pdfStandard, checkStatus, style, null);
    }

    /** These options, rendering {@code formats} for a site that publishes {@code published}. */
    public BuildOptions publishing(Set<OutputFormat> published) {
        return new BuildOptions(out, formats, templates, thaiDigits, font, force, pdfStandard, checkStatus, style, published);
    }

    /** Options with the check status on the index, leaving the style to the plans. */
    public BuildOptions(Path out, Set<OutputFormat> formats, Path templates, boolean thaiDigits, String font, boolean force,
                        PdfStandard pdfStandard) {
        this(out, formats, templates, thaiDigits, font, force, pdfStandard, true, null);
    }

    /** Options with the default PDF standard. */
    public BuildOptions(Path out, Set<OutputFormat> formats, Path templates, boolean thaiDigits, String font, boolean force) {
        this(out, formats, templates, thaiDigits, font, force, PdfStandard.UA2_A4);
    }
}
