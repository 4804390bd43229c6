package plan.render.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

import plan.render.ThaiDigits;
import plan.render.pdf.tagged.PageLabels;
import plan.render.pdf.tagged.Tagging;
import plan.render.pdf.text.ThaiLineBreaker;

/**
 * Page events: the running header (title) and page number on every page but the cover, and, as
 * each heading is written, its page number (for the table of contents) and its bookmark.
 */
final class PageDecorator extends PdfPageEventHelper {
    static final String HEADING_TAG = "plan-heading:";
    /** A table's caption: its page is noted for the list of tables (no bookmark). */
    static final String TABLE_TAG = "plan-table:";

    private record Open(int level, PdfOutline outline) {
    }

    private final PdfStyles styles;
    private final PdfDocumentInfo info;
    private final Headings headings;
    private final Headings tables;
    private final ThaiLineBreaker breaker;
    private final Tagging tagging;
    private final Deque<Open> outlines = new ArrayDeque<>();
    private String header;
    /** Pages the contents will take before the body; 0 when they are written in place. */
    private int contentsPages;
    /** The page the contents start on as written, once they are written after the body. */
    private int contentsWrittenFrom;
    /** The page the body starts on as written; the cover and the preface come before it. 0: not yet. */
    private int bodyWrittenFrom;

    PageDecorator(PdfStyles styles, PdfDocumentInfo info, Headings headings, Headings tables, ThaiLineBreaker breaker,
            Tagging tagging) {
        this.tables = tables;
        this.styles = styles;
        this.tagging = tagging;
        this.info = info;
        this.headings = headings;
        this.breaker = breaker;
    }

    /**
     * The contents are written after the body and then moved to just after the cover, so body
     * pages are numbered {@code pages} further on than written.
     */
    void contentsMovedBefore(int pages) {
        contentsPages = pages;
    }

    /** The contents start being written on {@code page}; they will be numbered from page 2. */
    void contentsWrittenFrom(int page) {
        contentsWrittenFrom = page;
    }

    /** The body starts on the page written as {@code written}: pages before it are the cover and preface. */
    void bodyWrittenFrom(int written) {
        bodyWrittenFrom = written;
    }

    /** The page written first after the cover and the preface, where the contents go. */
    private int afterPreface() {
        return bodyWrittenFrom == 0 ? 2 : bodyWrittenFrom;
    }

    /** The number a page written as {@code written} gets once the contents are in place. */
    int finalPage(int written) {
        if (bodyWrittenFrom == 0 || written < bodyWrittenFrom) {
            return written; // the cover (and the preface) stay first; so do all pages written in order
        }
        if (contentsWrittenFrom > 0 && written >= contentsWrittenFrom) {
            return written - contentsWrittenFrom + afterPreface();
        }
        return written + contentsPages;
    }

    /** Pages before the body once the contents are in place: the cover, the preface and the contents. */
    int frontPages() {
        return finalPage(afterPreface()) - 1;
    }

    /**
     * What a page written as {@code written} is called: null in the modern look (its number is
     * its name), else the front matter's letter or the body's number counted from its first page.
     */
    private String label(int written) {
        if (!info.official()) {
            return null;
        }
        int page = finalPage(written);
        boolean front = bodyWrittenFrom == 0 || written < bodyWrittenFrom
                || (contentsWrittenFrom > 0 && written >= contentsWrittenFrom);
        return front ? PageLabels.letter(page - 2) : ThaiDigits.number(page - frontPages(), info.thaiDigits());
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        if (text.startsWith(TABLE_TAG)) {
            int written = writer.getPageNumber();
            tables.landedOn(Integer.parseInt(text.substring(TABLE_TAG.length())), finalPage(written), label(written));
            return;
        }
        if (!text.startsWith(HEADING_TAG)) {
            return;
        }
        int index = Integer.parseInt(text.substring(HEADING_TAG.length()));
        if (headings.page(index) != 0) {
            return; // the rest of a heading that wrapped onto a second line
        }
        headings.landedOn(index, finalPage(writer.getPageNumber()), label(writer.getPageNumber()));
        Headings.Entry entry = headings.get(index);
        while (!outlines.isEmpty() && outlines.peek().level() >= entry.level()) {
            outlines.pop();
        }
        PdfOutline parent = outlines.isEmpty() ? writer.getRootOutline() : outlines.peek().outline();
        PdfDestination target = new PdfDestination(PdfDestination.FITH, rect.getTop() + 8f);
        outlines.push(new Open(entry.level(), tagging.links().outline(parent, target, tagging.links().landing(entry.destination()),
                entry.text(), entry.level() <= 2)));
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = finalPage(writer.getPageNumber());
        if (page == 1) {
            return; // the cover
        }
        Rectangle size = document.getPageSize();
        float left = document.left();
        float right = document.right();
        PdfContentByte cb = writer.getDirectContent();
        float headerBase = size.getHeight() - PdfStyles.MARGIN_TOP + 24f;
        if (info.official()) {
            // Thai official documents: the page's number alone, centred at the top, no running title.
            tagging.beginPagination(cb, "Header");
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                    new Phrase(label(writer.getPageNumber()), styles.font(PdfStyles.BODY, false, false)),
                    (left + right) / 2, headerBase, 0);
            tagging.end(cb);
            return;
        }
        // Running header and page number repeat on every page: pagination artifacts, not text to read.
        tagging.beginPagination(cb, "Header");
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                new Phrase(header(right - left), styles.font(PdfStyles.HEADER, false, false, PdfStyles.MUTED)),
                left, headerBase, 0);
        cb.saveState();
        cb.setLineWidth(0.5f);
        cb.setColorStroke(PdfStyles.RULE);
        cb.moveTo(left, headerBase - 6f);
        cb.lineTo(right, headerBase - 6f);
        cb.stroke();
        cb.restoreState();
        tagging.end(cb);
        String number = info.pageLabel() + " " + ThaiDigits.number(page, info.thaiDigits());
        tagging.beginPagination(cb, "Footer");
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                new Phrase(number, styles.font(PdfStyles.HEADER, false, false, PdfStyles.MUTED)),
                (left + right) / 2, PdfStyles.MARGIN_BOTTOM / 2, 0);
        tagging.end(cb);
    }

    /** The title, cut after a whole word and marked with an ellipsis if it is wider than the page. */
    private String header(float width) {
        if (header == null) {
            String title = info.title().strip().replaceAll("\\s+", " ");
            header = title;
            if (styles.width(title, PdfStyles.HEADER, false) > width) {
                String ellipsis = styles.firstAvailable("\u2026", "...");
                java.util.BitSet breaks = breaker.breaks(title);
                String fit = "";
                for (int p = breaks.nextSetBit(1); p > 0 && p < title.length(); p = breaks.nextSetBit(p + 1)) {
                    String candidate = title.substring(0, p).strip() + ellipsis;
                    if (styles.width(candidate, PdfStyles.HEADER, false) > width) {
                        break;
                    }
                    fit = candidate;
                }
                header = fit.isEmpty() ? ellipsis : fit;
            }
        }
        return header;
    }
}
