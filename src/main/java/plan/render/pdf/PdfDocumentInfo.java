package plan.render.pdf;

import java.util.Arrays;
import java.util.Objects;

/**
 * What the PDF needs besides the Markdown: the cover page, labels in the plan's language and the
 * values that make the output reproducible.
 *
 * @param title          document title (cover page, running header, metadata)
 * @param subtitle       shown under the title on the cover; may be null
 * @param organization   cover page and the metadata author
 * @param period         display text of the plan period, e.g. "พ.ศ. 2566–2570"
 * @param langTag        BCP 47 tag written as the catalog's /Lang, e.g. "th-TH" or "en"
 * @param thaiDigits     page and list numbers in Thai digits (๐-๙), as the text given here and the
 *                       Markdown are already written
 * @param contentsLabel  heading of the table of contents, "สารบัญ" or "Contents"
 * @param pageLabel      word before the page number, "หน้า" or "Page"
 * @param epochSeconds   CreationDate and ModDate, never the clock
 * @param documentIdSeed hash of the input; the trailer /ID and font subset tags derive from it
 * @param words          the project's own Thai words (compounds lines must not break inside)
 * @param official       the official look: black headings, no coloured boxes, front matter paged
 *                       ก ข ค and the body from 1, page numbers at the top
 * @param logo           drawn at the top of the cover, with the organization as its alternative text; may be null
 */
public record PdfDocumentInfo(String title, String subtitle, String organization, String period,
        String langTag, boolean thaiDigits, String contentsLabel, String pageLabel,
        long epochSeconds, byte[] documentIdSeed, java.util.List<String> words, boolean official,
        PdfLogo logo) {

    /** A document in the modern look. */
    public PdfDocumentInfo(String title, String subtitle, String organization, String period,
            String langTag, boolean thaiDigits, String contentsLabel, String pageLabel,
            long epochSeconds, byte[] documentIdSeed, java.util.List<String> words) {
        this(title, subtitle, organization, period, langTag, thaiDigits, contentsLabel, pageLabel, epochSeconds,
                documentIdSeed, words, false, null);
    }

    /** A document with no words of its own. */
    public PdfDocumentInfo(String title, String subtitle, String organization, String period,
            String langTag, boolean thaiDigits, String contentsLabel, String pageLabel,
            long epochSeconds, byte[] documentIdSeed) {
        this(title, subtitle, organization, period, langTag, thaiDigits, contentsLabel, pageLabel, epochSeconds,
                documentIdSeed, java.util.List.of());
    }

    public PdfDocumentInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(langTag, "langTag");
        Objects.requireNonNull(contentsLabel, "contentsLabel");
        Objects.requireNonNull(pageLabel, "pageLabel");
        documentIdSeed = Objects.requireNonNull(documentIdSeed, "documentIdSeed").clone();
        words = words == null ? java.util.List.of() : java.util.List.copyOf(words);
    }

    @Override
    public byte[] documentIdSeed() {
        return documentIdSeed.clone();
    }

    // Records compare arrays by identity; compare the seed by content so equal inputs are equal.
    @Override
    public boolean equals(Object o) {
        return o instanceof PdfDocumentInfo other
                && title.equals(other.title) && Objects.equals(subtitle, other.subtitle)
                && organization.equals(other.organization) && period.equals(other.period)
                && langTag.equals(other.langTag) && thaiDigits == other.thaiDigits
                && contentsLabel.equals(other.contentsLabel) && pageLabel.equals(other.pageLabel)
                && epochSeconds == other.epochSeconds && Arrays.equals(documentIdSeed, other.documentIdSeed)
                && words.equals(other.words) && official == other.official && Objects.equals(logo, other.logo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, subtitle, organization, period, langTag, thaiDigits, contentsLabel,
                pageLabel, epochSeconds, Arrays.hashCode(documentIdSeed), words, official, logo);
    }

    @Override
    public String toString() {
        return "PdfDocumentInfo[title=" + title + ", organization=" + organization + ", period=" + period
                + ", langTag=" + langTag + ", epochSeconds=" + epochSeconds + "]";
    }
}
