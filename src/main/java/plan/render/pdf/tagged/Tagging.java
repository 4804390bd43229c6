package plan.render.pdf.tagged;

import java.util.ArrayDeque;
import java.util.Deque;
import org.openpdf.text.pdf.ByteBuffer;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPTableEvent;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfStructureTreeRoot;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.DrawInterface;

/**
 * The logical structure of a tagged PDF (PDF/UA): structure elements made in reading order while
 * the body is typeset, marked content that ties what is drawn to them, artifacts for what is only
 * decoration, and links that a screen reader finds in the tree.
 *
 * <p>Typesetting opens and closes elements as it walks the Markdown ({@link #open}, {@link #close});
 * each paragraph remembers the element open when it was laid out and marks its lines with it when
 * OpenPDF draws them later ({@code LineDrawing}). OpenPDF's structure elements hold either marked
 * content or child elements, never both, so text only ever goes into leaves.
 *
 * <p>When tagging is off ({@link #off()}) every method does nothing and the PDF is as plain as
 * OpenPDF writes it.
 */
public final class Tagging {
    static final PdfName DOCUMENT = new PdfName("Document");
    public static final PdfName P = PdfName.P;
    static final PdfName SPAN = PdfName.SPAN;
    public static final PdfName LINK = PdfName.LINK;
    static final PdfName L = new PdfName("L");
    public static final PdfName LI = new PdfName("LI");
    public static final PdfName LBL = new PdfName("Lbl");
    public static final PdfName LBODY = new PdfName("LBody");
    public static final PdfName TABLE = new PdfName("Table");
    public static final PdfName TR = new PdfName("TR");
    static final PdfName TH = new PdfName("TH");
    static final PdfName TD = new PdfName("TD");
    public static final PdfName BLOCK_QUOTE = new PdfName("BlockQuote");
    public static final PdfName FIGURE = new PdfName("Figure");
    public static final PdfName TOC = new PdfName("TOC");
    static final PdfName TOCI = new PdfName("TOCI");
    public static final PdfName REFERENCE = new PdfName("Reference");
    static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COLUMN = new PdfName("Column");
    private static final PdfName COL_SPAN = new PdfName("ColSpan");
    private static final PdfName PAGINATION = new PdfName("Pagination");
    private static final PdfName LAYOUT = new PdfName("Layout");
    private static final PdfName LIST_OWNER = new PdfName("List");
    private static final PdfName LIST_NUMBERING = new PdfName("ListNumbering");
    private static final PdfName NAMESPACES = new PdfName("Namespaces");
    private static final PdfName NAMESPACE = new PdfName("Namespace");
    private static final PdfName NS = new PdfName("NS");
    /** The standard structure namespace of PDF 2.0, which PDF/UA-2 wants the Document element in. */
    private static final String PDF2_NAMESPACE = "http://iso.org/pdf2/ssn";

    private final PdfWriter writer;
    private final String lang;
    private PdfStructureElement document;
    private final Deque<PdfStructureElement> open = new ArrayDeque<>();
    /** Inside {@link #beginArtifactText()}: text laid out now is decoration, not content. */
    private int artifactDepth;

    /** What a paragraph's linked runs become: Link, or Reference in the contents. */
    private PdfName linkType = LINK;

    private final TaggedLinks links;

    private Tagging(PdfWriter writer, String lang) {
        this.writer = writer;
        this.lang = lang;
        this.links = new TaggedLinks(this);
    }

    /** Links, bookmarks and the destinations they lead to, in the structure tree. */
    public TaggedLinks links() {
        return links;
    }

    PdfWriter writer() {
        return writer;
    }

    /** The Document element: where a link whose target never landed leads. */
    PdfStructureElement document() {
        return document;
    }

    /** The Document element, made once the document is open (elements need the writer's body). */
    public void started() {
        if (enabled() && document == null) {
            PdfStructureTreeRoot root = writer.getStructureTreeRoot();
            document = new PdfStructureElement(root, DOCUMENT);
            document.put(PdfName.LANG, new PdfString(lang));
            PdfDictionary pdf2 = new PdfDictionary(NAMESPACE);
            pdf2.put(NS, new PdfString(PDF2_NAMESPACE));
            try {
                PdfIndirectReference ns = writer.addToBody(pdf2).getIndirectReference();
                document.put(NS, ns);
                root.put(NAMESPACES, new PdfArray(ns));
            } catch (java.io.IOException e) {
                throw new org.openpdf.text.ExceptionConverter(e);
            }
            open.push(document);
        }
    }

    /** Tags what {@code writer} writes; call before the document is opened, and {@link #started()} after. */
    public static Tagging on(PdfWriter writer, String lang) {
        writer.setTagged();
        // Links and form fields in the order of the structure tree, as PDF/UA asks.
        writer.setTabs(PdfName.S);
        return new Tagging(writer, lang);
    }

    /** Nothing tagged: the plain PDF. */
    public static Tagging off() {
        return new Tagging(null, null);
    }

    public boolean enabled() {
        return writer != null;
    }

    /** A new child of the open element, made the open one; null when tagging is off. */
    public PdfStructureElement open(PdfName type) {
        if (!enabled()) {
            return null;
        }
        PdfStructureElement e = new PdfStructureElement(open.peek(), type);
        open.push(e);
        return e;
    }

    /** A new child of the open element, left closed (a leaf for text); null when tagging is off. */
    public PdfStructureElement leaf(PdfName type) {
        return enabled() ? new PdfStructureElement(open.peek(), type) : null;
    }

    /** Makes {@code e} (a child made earlier, such as a reserved slot) the open element. */
    public void reopen(PdfStructureElement e) {
        if (enabled() && e != null) {
            open.push(e);
        }
    }

    public void close() {
        if (enabled()) {
            open.pop();
        }
    }

    /** Opens a list whose labels are {@code numbering}: Decimal, or a bullet's Disc, Circle or Square. */
    public void openList(String numbering) {
        PdfStructureElement l = open(L);
        if (l != null) {
            PdfDictionary a = new PdfDictionary();
            a.put(PdfName.O, LIST_OWNER);
            a.put(LIST_NUMBERING, new PdfName(numbering));
            l.put(PdfName.A, a);
        }
    }

    /** Opens an entry of the contents that refers to the named destination {@code name}. */
    public void openContentsEntry(String name) {
        PdfStructureElement toci = open(TOCI);
        if (toci != null) {
            links.refersTo(toci, name);
        }
    }

    /** Linked runs laid out from now on become {@code type} elements (Link, or Reference in the contents). */
    public void linksAs(PdfName type) {
        linkType = type;
    }

    PdfName linkType() {
        return linkType;
    }

    /** Text laid out from now until {@link #endArtifactText()} is decoration (a column head of the contents). */
    public void beginArtifactText() {
        artifactDepth++;
    }

    public void endArtifactText() {
        artifactDepth--;
    }

    boolean inArtifactText() {
        return artifactDepth > 0;
    }

    /** The element text laid out now belongs to; null when tagging is off. */
    PdfStructureElement current() {
        return enabled() ? open.peek() : null;
    }

    /**
     * Opens a table cell spanning {@code span} columns: a header cell (of a header row, so it heads
     * its column) or a data cell.
     */
    public void cell(boolean header, int span) {
        PdfStructureElement cell = open(header ? TH : TD);
        if (cell == null || (!header && span == 1)) {
            return;
        }
        PdfDictionary a = new PdfDictionary();
        a.put(PdfName.O, TABLE); // the attribute owner is named like the element
        if (header) {
            a.put(SCOPE, COLUMN);
        }
        if (span > 1) {
            a.put(COL_SPAN, new PdfNumber(span));
        }
        cell.put(PdfName.A, a);
    }

    /** The text a screen reader speaks instead of a figure's content. */
    public static void alternative(PdfStructureElement e, String text) {
        if (e != null) {
            e.put(PdfName.ALT, new PdfString(text, PdfObject.TEXT_UNICODE));
        }
    }

    /** Starts content that belongs to {@code e}; pair with {@link #end}. */
    public void begin(PdfContentByte cb, PdfStructureElement e) {
        if (enabled()) {
            cb.beginMarkedContentSequence(e);
        }
    }

    public void end(PdfContentByte cb) {
        if (enabled()) {
            cb.endMarkedContentSequence();
        }
    }

    /** Starts decoration (rules, fills, repeated headers) that is no part of the text. */
    public void beginArtifact(PdfContentByte cb) {
        if (enabled()) {
            PdfDictionary kind = new PdfDictionary();
            kind.put(PdfName.TYPE, LAYOUT);
            cb.beginMarkedContentSequence(ARTIFACT, kind, true);
        }
    }

    /** Starts a running header or footer ({@code subtype} Header or Footer). */
    public void beginPagination(PdfContentByte cb, String subtype) {
        if (enabled()) {
            PdfDictionary kind = new PdfDictionary();
            kind.put(PdfName.TYPE, PAGINATION);
            kind.put(PdfName.SUBTYPE, new PdfName(subtype));
            cb.beginMarkedContentSequence(ARTIFACT, kind, true);
        }
    }

    /** {@code line} drawn as decoration (a rule between sections, the cover's rule). */
    public DrawInterface artifact(DrawInterface line) {
        if (!enabled()) {
            return line;
        }
        return (cb, llx, lly, urx, ury, y) -> {
            beginArtifact(cb);
            line.draw(cb, llx, lly, urx, ury, y);
            end(cb);
        };
    }

    /**
     * Marks a table's cell fills and borders as decoration. OpenPDF draws them into canvases of
     * their own, which it joins to the page after this event; the cells' text is tagged as drawn.
     */
    public void decorate(PdfPTable table) {
        if (enabled()) {
            table.setTableEvent(DECORATION);
        }
    }

    private static final PdfPTableEvent DECORATION = (table, widths, heights, headerRows, rowStart, canvases) -> {
        wrapAsArtifact(canvases[PdfPTable.BACKGROUNDCANVAS]);
        wrapAsArtifact(canvases[PdfPTable.LINECANVAS]);
    };

    private static void wrapAsArtifact(PdfContentByte canvas) {
        ByteBuffer buffer = canvas.getInternalBuffer();
        if (buffer.size() == 0) {
            return;
        }
        byte[] drawn = buffer.toByteArray();
        buffer.reset();
        buffer.append("/Artifact BMC\n").append(drawn).append("EMC\n");
    }
}
