package plan.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDocument;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import plan.render.pdf.tagged.PageLabels;
import plan.render.pdf.tagged.PdfStandard;
import plan.render.pdf.tagged.TagSafeDocument;
import plan.render.pdf.tagged.Tagging;
import plan.render.pdf.text.FontSet;
import plan.render.pdf.text.PdfFonts;
import plan.render.pdf.text.ThaiLexicon;
import plan.render.pdf.text.ThaiLineBreaker;
import plan.render.pdf.text.TypesettingBudget;
import plan.render.pdf.text.TypesettingTooLong;

/**
 * Typesets a plan's Markdown AST as an A4 PDF: cover page, table of contents, chapters with
 * bookmarks, running header and page numbers, with Thai shaped and broken between words.
 *
 * <p>Thread-safe: share one instance across plans rendered in parallel. OpenPDF fonts carry
 * per-document state, so each render borrows a loaded {@link FontSet} from a pool (one per
 * concurrent render, loaded once and reused) and returns it afterwards. The covers' logos and the
 * line breaks of recurring texts are found once for all its documents; a build makes its own
 * renderer, so builds in one JVM never share them.
 */
public final class PdfRenderer {
    /** Two passes normally settle the TOC's page numbers; more only if a number moved a page. */
    private static final int MAX_PASSES = 4;

    private final PdfFonts fonts;
    private final Duration budget;
    private final PdfStandard standard;
    private final ConcurrentLinkedDeque<FontSet> pool = new ConcurrentLinkedDeque<>();
    /** The covers' logos, read once for all the plans this renderer typesets (a build's). */
    private final CoverLogo logos = new CoverLogo();
    /** Word and cluster boundaries of the texts that recur from plan to plan, found once for all its documents. */
    private final ThaiLineBreaker.Recurring recurring = new ThaiLineBreaker.Recurring();
    /** For a test: the probe runs even where its findings are known without it. */
    volatile boolean alwaysProbe;

    public PdfRenderer(PdfFonts fonts) {
        this(fonts, PdfStandard.UA2_A4);
    }

    /** @param standard what the PDFs conform to: PDF/UA-2 and PDF/A-4, or nothing in particular */
    public PdfRenderer(PdfFonts fonts, PdfStandard standard) {
        this(fonts, TypesettingBudget.configured(), standard);
    }

    /** @param budget the time one document may take before {@link TypesettingTooLong} ends it */
    public PdfRenderer(PdfFonts fonts, Duration budget) {
        this(fonts, budget, PdfStandard.UA2_A4);
    }

    public PdfRenderer(PdfFonts fonts, Duration budget, PdfStandard standard) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.standard = Objects.requireNonNull(standard, "standard");
    }

    /**
     * Does now what the first render would do before it typesets: loads a copy of the fonts into
     * the pool, builds the Thai word list and has ICU load its Thai dictionary. A build of one plan
     * calls it on a thread of its own while it checks the plan and writes its Markdown and HTML.
     * Safe beside renders, which never wait for it.
     */
    public void ready() throws IOException {
        if (pool.isEmpty()) {
            pool.addLast(FontSet.load(fonts));
        }
        ThaiLineBreaker breaker = new ThaiLineBreaker(ThaiLexicon.bundled(), TypesettingBudget.unlimited(), recurring);
        String sample = "วิสัยทัศน์ พันธกิจ เป้าประสงค์ กลยุทธ์";
        breaker.breaks(sample);
        breaker.clusterStarts(sample);
    }

    /**
     * Typesets the Markdown AST; throws IOException for I/O, never leaks OpenPDF exceptions unwrapped.
     *
     * @throws TypesettingTooLong when the document takes longer than the budget (nothing is written)
     */
    public void render(com.vladsch.flexmark.util.ast.Document markdown, PdfDocumentInfo info, OutputStream out)
            throws IOException {
        render(markdown, info, out, new TypesettingBudget(budget));
    }

    void render(com.vladsch.flexmark.util.ast.Document markdown, PdfDocumentInfo info, OutputStream out,
            TypesettingBudget spent) throws IOException {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(out, "out");
        FontSet fontSet = pool.pollFirst();
        if (fontSet == null) {
            fontSet = FontSet.load(fonts);
        }
        try {
            ThaiLineBreaker breaker = new ThaiLineBreaker(ThaiLexicon.withWords(info.words()), spent, recurring,
                    java.util.Collections.singletonList(info.organization()));
            Headings headings = Headings.of(markdown);
            Headings tables = Headings.tables(markdown);
            // Typesetting is the cost, so the body is typeset once: the probe learns what the
            // single pass must know beforehand, and the single pass writes the contents last.
            // Asked once: both the shortcut and the probe need it, and it walks the whole document.
            boolean linked = linksWithin(markdown);
            Probe known = alwaysProbe ? null : knownWithoutProbe(linked, headings, tables);
            Probe probe = known != null ? known : probe(markdown, linked, info, fontSet, breaker, headings, tables, spent);
            Pass single = singlePass(markdown, info, fontSet, breaker, headings, tables, probe, spent);
            if (single != null) {
                write(single, out);
                return;
            }
            // The probe misjudged the contents' length: typeset until the contents' numbers settle.
            Pass previous = pass(markdown, info, fontSet, breaker, headings, tables, probe.anchors, null, spent);
            for (int i = 1; i < MAX_PASSES; i++) {
                Pass next = pass(markdown, info, fontSet, breaker, previous.headings, previous.tables, previous.anchors,
                        new ByteArrayOutputStream(), spent);
                boolean settled = next.headings.samePages(previous.headings)
                        && next.tables.samePages(previous.tables)
                        && next.anchors.equals(previous.anchors);
                previous = next;
                if (settled) {
                    break;
                }
            }
            write(previous, out);
        } catch (RuntimeException e) {
            // OpenPDF wraps what its callbacks throw (our budget too) in DocumentException.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof TypesettingBudget.Exceeded) {
                    throw new TypesettingTooLong(info.title(), TypesettingBudget.describe(budget), spent.longestParagraph(), t);
                }
            }
            // OpenPDF reports I/O and layout failures as unchecked DocumentException or ExceptionConverter.
            Throwable cause = e.getCause() instanceof IOException io ? io : e;
            throw new IOException("Cannot typeset the PDF for \"" + info.title() + "\": " + cause.getMessage(), cause);
        } finally {
            pool.addFirst(fontSet);
        }
    }

    /**
     * The characters of a document that the font has no glyph for, in order of first use, each as
     * "😀 U+1F600": OpenPDF prints them as blank boxes, and the reader should know which.
     * Spaces, format characters and variation selectors draw nothing and are left out.
     */
    public List<String> missingCharacters(com.vladsch.flexmark.util.ast.Document markdown) {
        // The Markdown source itself: its markup is ASCII, which every usable font has, and
        // collecting the text node by node trips a flexmark assertion on long escaped runs.
        String text = markdown.getChars().toString();
        FontSet fontSet = pool.pollFirst();
        try {
            if (fontSet == null) {
                fontSet = FontSet.load(fonts);
            }
            // A plan uses a few hundred distinct characters, each thousands of times: each is judged once.
            java.util.BitSet judged = new java.util.BitSet();
            List<String> missing = new java.util.ArrayList<>();
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (judged.get(c)) {
                    continue;
                }
                judged.set(c);
                if (!Character.isWhitespace(c) && !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                        && !(c >= 0xFE00 && c <= 0xFE0F) && !(c >= 0xE0100 && c <= 0xE01EF)
                        && !fontSet.regular.charExists(c)) {
                    missing.add(new String(Character.toChars(c)) + " " + String.format("U+%04X", c));
                }
            }
            return List.copyOf(missing);
        } catch (IOException | RuntimeException e) {
            return List.of(); // the render itself reports an unusable font
        } finally {
            if (fontSet != null) {
                pool.addFirst(fontSet);
            }
        }
    }

    /** The logos this renderer's covers have read: for its test. */
    CoverLogo coverLogos() {
        return logos;
    }

    private void write(Pass pass, OutputStream out) throws IOException {
        if (standard == PdfStandard.NONE) {
            pass.bytes.writeTo(out);
        } else {
            out.write(ArchivalMetadata.withoutInfo(pass.bytes.toByteArray()));
        }
    }

    private record Pass(Headings headings, Headings tables, Map<String, String> anchors, ByteArrayOutputStream bytes) {
    }

    /** What the single pass needs before it starts: the contents' length and every anchor's destination. */
    record Probe(int contentsPages, Map<String, String> anchors) {
    }

    /** An open document with its writer and the state its typesetting fills in. */
    private record Open(Document document, PdfWriter writer, ChunkFactory chunks, NamedDestinations anchors,
            Headings landed, Headings tables, PageDecorator decorator, Tagging tagging) {
    }

    /**
     * Lays out only the contents, on a throwaway document writing to nowhere, and walks the body
     * without laying it out to learn where its anchors lead (a link may come before its target).
     * The contents' numbers sit in a fixed-width column, so blank numbers take the room the real
     * ones will. {@code linked}: whether the document links within itself ({@link #linksWithin}).
     */
    private Probe probe(com.vladsch.flexmark.util.ast.Document markdown, boolean linked, PdfDocumentInfo info, FontSet fontSet,
            ThaiLineBreaker breaker, Headings headings, Headings tables, TypesettingBudget spent) throws DocumentException {
        Open o = open(info, fontSet, breaker, headings, tables, Map.of(), OutputStream.nullOutputStream(), false, false,
                spent);
        // Its pages are thrown away: compressing them, as every page is when it ends, is wasted.
        o.writer.setCompressionLevel(org.openpdf.text.pdf.PdfStream.NO_COMPRESSION);
        int contentsPages = TableOfContents.add(o.document, o.writer, o.chunks, headings.fresh(), tables.fresh(), info,
                null).isEmpty() ? 0 : o.writer.getPageNumber();
        // Only a link within the document ("#name") asks where an anchor leads: a document without
        // one (a results report) need not be walked, and the walk is a tenth of a cold report's PDF.
        if (linked) {
            o.chunks.anchorsOnly(); // the body's lines are not needed, only where its anchors lead
            new MarkdownTypesetter(o.document, o.writer, o.chunks, o.landed, o.tables, info.thaiDigits())
                    .typeset(markdown, e -> { });
        }
        // Left open for the garbage collector: closing would embed font subsets nobody reads,
        // which costs more than the layout above.
        return new Probe(contentsPages, o.anchors.defined());
    }

    /**
     * Contents estimated at no more lines than this fit on their one page (a results report's 17
     * entries, two of them on two lines, took half of it).
     */
    private static final int CONTENTS_LINES_ON_ONE_PAGE = 25;
    /** An entry is estimated at a line for each this many characters begun (a line holds more). */
    private static final int CONTENTS_CHARS_A_LINE = 60;

    /**
     * What the probe would find, where it is known without laying anything out: a document with
     * no link within itself has no anchor to look for, and contents without a list of tables
     * and short enough to fit one page surely take one page (none without entries). A results
     * report is such a document, and its probe was a fifth of its cold PDF's time. Null when the
     * probe must run; were the estimate ever wrong, the single pass finds the contents took
     * other pages and the document is typeset until their numbers settle, as after any probe.
     */
    static Probe knownWithoutProbe(com.vladsch.flexmark.util.ast.Document markdown, Headings headings, Headings tables) {
        return knownWithoutProbe(linksWithin(markdown), headings, tables);
    }

    /** As above, for a document of which it is known whether it links within itself ({@code linked}). */
    private static Probe knownWithoutProbe(boolean linked, Headings headings, Headings tables) {
        if (!tables.entries().isEmpty() || linked) {
            return null;
        }
        int lines = 0;
        for (Headings.Entry e : headings.entries()) {
            if (e.level() <= TableOfContents.DEPTH) {
                lines += 1 + e.text().length() / CONTENTS_CHARS_A_LINE;
            }
        }
        return lines > CONTENTS_LINES_ON_ONE_PAGE ? null : new Probe(headings.entries().isEmpty() ? 0 : 1, Map.of());
    }

    /** Whether {@code node} or a node below it links within the document: the only reader of where anchors lead. */
    static boolean linksWithin(com.vladsch.flexmark.util.ast.Node node) {
        if (node instanceof com.vladsch.flexmark.ast.Link link && link.getUrl().unescape().startsWith("#")) {
            return true;
        }
        for (com.vladsch.flexmark.util.ast.Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (linksWithin(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cover, body with page numbers that leave room for the contents, then the contents (now that
     * the headings' pages are known), moved to just after the cover. Null if the contents did not
     * take the pages the probe expected, for then the body's page numbers are wrong.
     */
    private Pass singlePass(com.vladsch.flexmark.util.ast.Document markdown, PdfDocumentInfo info,
            FontSet fontSet, ThaiLineBreaker breaker, Headings headings, Headings tables, Probe probe, TypesettingBudget spent)
            throws DocumentException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        Open o = open(info, fontSet, breaker, headings, tables, probe.anchors, sink, true, tagged(), spent);
        o.decorator.contentsMovedBefore(probe.contentsPages);
        CoverPage.add(o.document, o.writer, o.chunks, info, logos);
        MarkdownTypesetter typesetter = new MarkdownTypesetter(o.document, o.writer, o.chunks, o.landed, o.tables,
                info.thaiDigits());
        FrontMatter front = FrontMatter.of(markdown, info.official());
        if (front.preface() != null) {
            o.document.newPage();
            typesetter.typeset(front.preface(), front.body(), o.document::add);
        }
        // Taken before the page ends, as it always was: the structure's objects keep their numbers.
        TableOfContents.Place contentsPlace = TableOfContents.Place.here(o.tagging, !tables.entries().isEmpty());
        o.document.newPage(); // the body starts on its own page, after the cover or the preface
        int bodyFrom = o.writer.getPageNumber();
        o.decorator.bodyWrittenFrom(bodyFrom);
        int frontBookmarks = o.writer.getRootOutline().getKids().size();
        typesetter.typeset(front.body(), null, o.document::add);
        // The body's last page ends here; when the body ended with a page break of its own (a heading
        // kept with a table that did not fit), the page now open is empty and takes the contents.
        o.document.newPage();
        int contentsFrom = o.writer.getPageNumber();
        o.decorator.contentsWrittenFrom(contentsFrom);
        // The list of tables follows the contents on pages of its own, and moves with them.
        List<PdfOutline> contents = TableOfContents.add(o.document, o.writer, o.chunks, o.landed, o.tables, info,
                contentsPlace);
        int contentsPages = contents.isEmpty() ? 0 : o.writer.getPageNumber() - contentsFrom + 1;
        if (contentsPages != probe.contentsPages) {
            return null; // dropped unclosed, like the probe's document
        }
        int total = o.writer.getPageNumber();
        if (!contents.isEmpty()) {
            o.document.newPage(); // reorderPages only sees finished pages
            int written = contentsFrom + contentsPages - 1;
            total = written;
            int[] order = new int[written];
            int k = 0;
            for (int p = 1; p < bodyFrom; p++) {
                order[k++] = p; // the cover and the preface
            }
            for (int p = contentsFrom; p <= written; p++) {
                order[k++] = p;
            }
            for (int p = bodyFrom; p < contentsFrom; p++) {
                order[k++] = p;
            }
            o.writer.reorderPages(order);
            // The contents' bookmarks were added last; readers expect them after the cover's and the preface's.
            List<PdfOutline> bookmarks = o.writer.getRootOutline().getKids();
            bookmarks.removeAll(contents);
            bookmarks.addAll(frontBookmarks, contents);
        }
        close(o, info, total);
        return new Pass(o.landed, o.tables, o.anchors.defined(), sink);
    }

    private Pass pass(com.vladsch.flexmark.util.ast.Document markdown, PdfDocumentInfo info, FontSet fontSet,
            ThaiLineBreaker breaker, Headings tocPages, Headings tablePages, Map<String, String> knownAnchors,
            ByteArrayOutputStream sink, TypesettingBudget spent) throws DocumentException {
        OutputStream target = sink != null ? sink : OutputStream.nullOutputStream();
        Open o = open(info, fontSet, breaker, tocPages, tablePages, knownAnchors, target, false, tagged(), spent);
        CoverPage.add(o.document, o.writer, o.chunks, info, logos);
        MarkdownTypesetter typesetter = new MarkdownTypesetter(o.document, o.writer, o.chunks, o.landed, o.tables,
                info.thaiDigits());
        FrontMatter front = FrontMatter.of(markdown, info.official());
        if (front.preface() != null) {
            o.document.newPage();
            typesetter.typeset(front.preface(), front.body(), o.document::add);
        }
        TableOfContents.add(o.document, o.writer, o.chunks, tocPages, tablePages, info, null);
        if (info.official()) {
            o.document.newPage();
            o.decorator.bodyWrittenFrom(o.writer.getPageNumber());
            typesetter.typeset(front.body(), null, o.document::add);
        } else {
            typesetter.typeset(markdown);
        }
        close(o, info, o.writer.getPageNumber());
        return new Pass(o.landed, o.tables, o.anchors.defined(), sink);
    }

    private boolean tagged() {
        return standard != PdfStandard.NONE;
    }

    /**
     * Finishes the structure tree and the archival metadata, then writes the rest of the file; an
     * official document's pages are labelled as they are printed (ก ข ค, then 1 2 3).
     */
    private void close(Open o, PdfDocumentInfo info, int totalPages) {
        if (info.official()) {
            o.writer.setPageLabels(PageLabels.of(totalPages, o.decorator.frontPages(), info.thaiDigits(),
                    info.langTag().startsWith("th") ? "ปก" : "Cover"));
        }
        if (tagged()) {
            try {
                o.tagging.links().finish();
                ArchivalMetadata.declare(o.writer, info);
            } catch (IOException e) {
                throw new org.openpdf.text.ExceptionConverter(e);
            }
        }
        o.document.close();
    }

    /**
     * Opens a document on {@code target}; {@code reorderable} allows moving its pages later,
     * {@code tagged} builds the structure tree (not worth it for a probe that is thrown away).
     */
    private static Open open(PdfDocumentInfo info, FontSet fontSet, ThaiLineBreaker breaker, Headings headings,
            Headings tables, Map<String, String> knownAnchors, OutputStream target, boolean reorderable, boolean tagged,
            TypesettingBudget spent) throws DocumentException {
        fontSet.seedSubsetTags(info.documentIdSeed());
        PdfStyles styles = new PdfStyles(fontSet, info.official());
        NamedDestinations anchors = new NamedDestinations(knownAnchors);
        Headings landed = headings.fresh();
        Headings tablesLanded = tables.fresh();

        Document document = new Document(PageSize.A4, PdfStyles.MARGIN_LEFT, PdfStyles.MARGIN_RIGHT,
                PdfStyles.MARGIN_TOP, PdfStyles.MARGIN_BOTTOM);
        // Must be set before PdfWriter.getInstance: attached later it silently does nothing.
        document.setGlyphLayoutManager(fontSet.layout);
        PdfWriter writer = tagged ? taggableWriter(document, target) : PdfWriter.getInstance(document, target);
        if (reorderable) {
            writer.setLinearPageMode(); // PdfWriter.reorderPages needs a flat page tree
        }
        Tagging tagging = tagged ? Tagging.on(writer, info.langTag()) : Tagging.off();
        ChunkFactory chunks = new ChunkFactory(styles, breaker, anchors, spent, tagging);
        PageDecorator decorator = new PageDecorator(styles, info, landed, tablesLanded, breaker, tagging);
        writer.setPageEvent(decorator);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        writer.setFullCompression();
        document.addTitle(info.title());
        document.addAuthor(info.organization());
        document.addSubject(info.period());
        document.addCreator("plan");
        document.open();
        tagging.started();
        stampIdentity(writer, info);
        return new Open(document, writer, chunks, anchors, landed, tablesLanded, decorator, tagging);
    }

    /**
     * What {@link PdfWriter#getInstance} makes, with a document whose paragraph spacing writes no
     * text ({@link TagSafeDocument}).
     */
    private static PdfWriter taggableWriter(Document document, OutputStream target) throws DocumentException {
        PdfDocument pdf = new TagSafeDocument();
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        pdf.setGlyphLayoutManager(document.getGlyphLayoutManager());
        document.addDocListener(pdf);
        PdfWriter writer = new PdfWriter(pdf, target) { };
        pdf.addWriter(writer);
        return writer;
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
