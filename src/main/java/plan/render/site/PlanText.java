package plan.render.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.model.Lang;
import plan.model.Plan;
import plan.model.Text;
import plan.render.ThaiDigits;
import plan.render.markdown.Labels;
import plan.render.markdown.PeriodText;
import plan.render.markdown.PlainText;
import plan.render.pdf.PdfDocumentInfo;
import plan.render.pdf.tagged.PdfDates;

/** A plan's words outside its body: labels, plain titles, and the PDF's cover and metadata. */
final class PlanText {
    private PlanText() {
    }

    /** The labels of the plan's language, with the plan's own overrides as plain text. */
    static Map<String, String> labels(Plan plan) {
        Map<String, String> labels = new LinkedHashMap<>(Labels.defaults(plan.lang()));
        plan.labels().forEach((k, v) -> labels.put(k, plain(v)));
        return labels;
    }

    /** Inline Markdown as the reader sees it, for titles and metadata. */
    static String plain(Text text) {
        return PlainText.of(text.value());
    }

    static long epochSeconds(Plan plan) {
        return PdfDates.epochSeconds(plan.period().from().value());
    }

    /** The cover page, running header and metadata of the plan's PDF. */
    static PdfDocumentInfo pdfInfo(Plan plan, List<String> source, boolean thaiDigits, String toolVersion,
            List<String> words, Look look) {
        Map<String, String> labels = labels(plan);
        String period = PeriodText.of(plan.period(), labels.get("year"));
        // The cover, running heads and metadata say what the Markdown says, in its digits.
        return new PdfDocumentInfo(ThaiDigits.of(plain(plan.title()), thaiDigits),
                plan.subtitle() == null ? null : ThaiDigits.of(plain(plan.subtitle()), thaiDigits),
                ThaiDigits.of(plain(plan.organization().name()), thaiDigits), ThaiDigits.of(period, thaiDigits),
                plan.lang() == Lang.TH ? "th-TH" : "en", thaiDigits, labels.get("contents"), labels.get("page"),
                epochSeconds(plan), PdfDates.documentIdSeed(toolVersion, source), words,
                look.official(), look.logo() == null ? null : new plan.render.pdf.PdfLogo(look.logo().bytes(),
                        look.logo().width(), look.logo().height(), look.logo().isSvg()));
    }

    /** The cover page, running header and metadata of a results report's PDF: the report's title over the plan's. */
    static PdfDocumentInfo reportPdfInfo(Plan plan, String title, String asOf, List<String> source, boolean thaiDigits,
            String toolVersion, List<String> words) {
        Map<String, String> labels = labels(plan);
        return new PdfDocumentInfo(thaiDigits ? ThaiDigits.of(title) : title, plain(plan.title()),
                plain(plan.organization().name()), thaiDigits ? ThaiDigits.of(asOf) : asOf, plan.lang() == Lang.TH ? "th-TH" : "en", thaiDigits,
                labels.get("contents"), labels.get("page"), epochSeconds(plan),
                PdfDates.documentIdSeed(toolVersion, source), words);
    }
}
