package plan.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Typesets a plan's Markdown AST as an A4 PDF: cover page, table of contents, chapters with
 * bookmarks, running header and page numbers, with Thai shaped and broken between words.
 *
 * <p>Thread-safe: share one instance across plans rendered in parallel. OpenPDF fonts carry
 * per-document state, so each render borrows a loaded {@link FontSet} from a pool (one per
 * concurrent render, loaded once and reused) and returns it afterwards.
 */
public final class PdfRenderer {
    /** Two passes normally settle the TOC's page numbers; more only if a number moved a page. */
    private static final int MAX_PASSES = 4;

    private final PdfFonts fonts;
    private final ConcurrentLinkedDeque<FontSet> pool = new ConcurrentLinkedDeque<>();

    public PdfRenderer(PdfFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /** Typesets the Markdown AST; throws IOException for I/O, never leaks OpenPDF exceptions unwrapped. */
    public void render(com.vladsch.flexmark.util.ast.Document markdown, PdfDocumentInfo info, OutputStream out)
            throws IOException {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(out, "out");
        FontSet fontSet = pool.pollFirst();
        if (fontSet == null) {
            fontSet = FontSet.load(fonts);
        }
        try {
            ThaiLineBreaker breaker = new ThaiLineBreaker();
            Headings headings = Headings.of(markdown);
            // Pass 1 learns the pages of headings and where anchors are; the next pass prints them.
            Pass previous = pass(markdown, info, fontSet, breaker, headings, Map.of(), null);
            for (int i = 1; i < MAX_PASSES; i++) {
                Pass next = pass(markdown, info, fontSet, breaker, previous.headings, previous.anchors,
                        new ByteArrayOutputStream());
                boolean settled = next.headings.samePages(previous.headings)
                        && next.anchors.equals(previous.anchors);
                previous = next;
                if (settled) {
                    break;
                }
            }
            previous.bytes.writeTo(out);
        } catch (RuntimeException e) {
            // OpenPDF reports I/O and layout failures as unchecked DocumentException or ExceptionConverter.
            Throwable cause = e.getCause() instanceof IOException io ? io : e;
            throw new IOException("Cannot typeset the PDF for \"" + info.title() + "\": " + cause.getMessage(), cause);
        } finally {
            pool.addFirst(fontSet);
        }
    }

    private record Pass(Headings headings, Map<String, String> anchors, ByteArrayOutputStream bytes) {
    }

    private Pass pass(com.vladsch.flexmark.util.ast.Document markdown, PdfDocumentInfo info, FontSet fontSet,
            ThaiLineBreaker breaker, Headings tocPages, Map<String, String> knownAnchors,
            ByteArrayOutputStream sink) throws DocumentException {
        fontSet.seedSubsetTags(info.documentIdSeed());
        PdfStyles styles = new PdfStyles(fontSet);
        Anchors anchors = new Anchors(knownAnchors);
        ChunkFactory chunks = new ChunkFactory(styles, breaker, anchors);
        Headings landed = tocPages.fresh();

        Document document = new Document(PageSize.A4, PdfStyles.MARGIN_LEFT, PdfStyles.MARGIN_RIGHT,
                PdfStyles.MARGIN_TOP, PdfStyles.MARGIN_BOTTOM);
        // Must be set before PdfWriter.getInstance: attached later it silently does nothing.
        document.setGlyphLayoutManager(fontSet.layout);
        OutputStream target = sink != null ? sink : OutputStream.nullOutputStream();
        PdfWriter writer = PdfWriter.getInstance(document, target);
        writer.setPageEvent(new PageDecorator(styles, info, landed, breaker));
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        writer.setFullCompression();
        document.addTitle(info.title());
        document.addAuthor(info.organization());
        document.addSubject(info.period());
        document.addCreator("plan");
        document.open();
        stampIdentity(writer, info);

        CoverPage.add(document, writer, chunks, info);
        TableOfContents.add(document, writer, chunks, tocPages, info);
        new MarkdownTypesetter(document, writer, chunks, landed).typeset(markdown);
        document.close();
        return new Pass(landed, anchors.defined(), sink);
    }

    /** Dates from the given epoch and /ID from the input's hash: the same input gives the same bytes. */
    private static void stampIdentity(PdfWriter writer, PdfDocumentInfo info) {
        Calendar when = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(info.epochSeconds() * 1000L);
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(when));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(when));
        byte[] id = documentId(info.documentIdSeed());
        // OpenPDF takes the trailer /ID from this key instead of drawing a random one.
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.langTag()));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
    }

    static byte[] documentId(byte[] seed) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("plan-pdf-id".getBytes(StandardCharsets.US_ASCII));
            sha.update(seed);
            byte[] id = new byte[16];
            System.arraycopy(sha.digest(), 0, id, 0, 16);
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
