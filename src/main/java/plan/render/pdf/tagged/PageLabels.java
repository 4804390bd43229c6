package plan.render.pdf.tagged;

import plan.render.ThaiDigits;
import org.openpdf.text.pdf.PdfPageLabels;

/**
 * What the pages of an official document are called: the cover nothing (ปก in a reader's page
 * box), the front matter (preface, contents) ก ข ค … in the order of the Thai alphabet without the
 * obsolete ฃ and ฅ, the body 1, 2, 3 … from its first page. Written into the PDF as /PageLabels,
 * so that a reader's page box shows what the page prints.
 */
public final class PageLabels {
    /** The consonants that letter front-matter pages, ฃ and ฅ left out as Thai documents leave them. */
    static final String LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";

    private PageLabels() {
    }

    /** The letter of the {@code index}-th front-matter page, from 0 (ก); past ฮ, ก๑ก… would be wrong, so ฮ1, ฮ2. */
    public static String letter(int index) {
        int n = LETTERS.length();
        return index < n ? String.valueOf(LETTERS.charAt(index))
                : LETTERS.charAt(n - 1) + String.valueOf(index - n + 1);
    }

    /**
     * The /PageLabels of a document of {@code total} pages whose first {@code front} pages are the
     * cover and the front matter. Thai digits have no numbering style of their own in PDF, so each
     * body page then gets its number as a prefix.
     */
    public static PdfPageLabels of(int total, int front, boolean thaiDigits, String coverLabel) {
        PdfPageLabels labels = new PdfPageLabels();
        labels.addPageLabel(1, PdfPageLabels.EMPTY, coverLabel);
        for (int page = 2; page <= Math.min(front, total); page++) {
            labels.addPageLabel(page, PdfPageLabels.EMPTY, letter(page - 2));
        }
        if (front < total) {
            if (thaiDigits) {
                for (int page = front + 1; page <= total; page++) {
                    labels.addPageLabel(page, PdfPageLabels.EMPTY, ThaiDigits.number(page - front, true));
                }
            } else {
                labels.addPageLabel(front + 1, PdfPageLabels.DECIMAL_ARABIC_NUMERALS, null, 1);
            }
        }
        return labels;
    }
}
