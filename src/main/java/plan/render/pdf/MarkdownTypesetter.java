package plan.render.pdf;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;

import plan.render.NumberedItems;
import plan.render.TableCaptions;
import plan.render.ThaiDigits;
import plan.render.pdf.tagged.Tagging;
import plan.render.pdf.text.ParagraphLayout;

/**
 * Typesets the body of the Markdown AST (everything after the title block) block by block.
 * Lists are flattened into one-item OpenPDF lists at growing indents, so that nesting, hanging
 * labels and page breaks between items need no help from OpenPDF's own list numbering.
 */
final class MarkdownTypesetter {
    /** Where blocks go: the document, or a table cell. */
    @FunctionalInterface
    interface Sink {
        void add(Element e) throws DocumentException;
    }

    /**
     * @param indent       left indent in points
     * @param inCell       inside a table cell or quotation (no page breaks, no TOC headings)
     * @param depth        list nesting depth
     * @param numberPrefix the enclosing ordered item's number ("1", "1.2") for labels like 1.2.3
     * @param width        width of the column the blocks stand in (the text area, or a cell's inside)
     */
    record Context(float indent, boolean inCell, int depth, String numberPrefix, float width) {
        static Context top(float width) {
            return new Context(0, false, 0, null, width);
        }

        Context nested(float extra, String prefix) {
            return new Context(indent + extra, inCell, depth + 1, prefix, width);
        }

        /** Inside a cell {@code inner} points wide. */
        Context cell(float inner) {
            return new Context(0, true, 0, null, inner);
        }

        /** What is left of the column after the indent. */
        float available() {
            return width - indent;
        }

        boolean isTop() {
            return indent == 0 && !inCell && depth == 0;
        }
    }

    private static final float PARAGRAPH_GAP = 8f;
    /** A part's title on its separator page. */
    private static final float PART_SIZE = 24f;
    /** The template's marks of a signature block, the anchor that starts its paragraph: the preface's, a project form's. */
    static final String SIGNATURE_ANCHOR = "<a id=\"preface-signed\"></a>";
    static final String APPROVAL_ANCHOR = "<a id=\"signed-";
    private final boolean thaiDigits;
    private static final float ITEM_GAP = 3f;
    private static final float FIRST_LINE_INDENT = 1.25f * PdfStyles.CM;
    private static final float QUOTE_PAD_LEFT = 14f;
    private static final float QUOTE_PAD_RIGHT = 10f;

    private final Document document;
    private final PdfWriter writer;
    private final ChunkFactory chunks;
    private final PdfStyles styles;
    private final Headings headings;
    /** The captioned tables of the list of tables, whose pages are noted as their captions are drawn. */
    private final Headings captions;
    private final TableTypesetter tables;
    private final Tagging tagging;
    private int headingIndex;
    /** The top-level sink of the blocks being typeset: it keeps headings with what follows. */
    private KeepWithNext keep;
    private List<String> pendingAnchors = new ArrayList<>();

    /**
     * @param captions   the tables the list of tables names ({@link Headings#tables})
     * @param thaiDigits list items numbered in Thai digits, as the Markdown's own numbers are
     */
    MarkdownTypesetter(Document document, PdfWriter writer, ChunkFactory chunks, Headings headings, Headings captions,
            boolean thaiDigits) {
        this.thaiDigits = thaiDigits;
        this.captions = captions;
        this.document = document;
        this.writer = writer;
        this.chunks = chunks;
        this.styles = chunks.styles();
        this.headings = headings;
        this.tagging = chunks.tagging();
        this.tables = new TableTypesetter(chunks, this);
    }

    void typeset(com.vladsch.flexmark.util.ast.Document markdown) throws DocumentException {
        typeset(markdown, document::add);
    }

    /** With a sink that drops the blocks, this only walks the body: enough to learn its anchors. */
    void typeset(com.vladsch.flexmark.util.ast.Document markdown, Sink top) throws DocumentException {
        document.newPage(); // the body starts on its own page, after the cover or the contents
        typeset(Headings.bodyStart(markdown), null, top);
    }

    /**
     * Typesets the top-level blocks from {@code from} up to, not including, {@code until} (null: to
     * the end), where the document stands: the preface and the body of an official document are
     * typeset apart, with the contents between them.
     */
    void typeset(Node from, Node until, Sink top) throws DocumentException {
        Context ctx = Context.top(textWidth());
        keep = new KeepWithNext(document, writer, top);
        for (Node n = from; n != null && n != until; n = n.getNext()) {
            if (TableCaptions.isListHeading(n)) {
                // The list of tables is printed after the contents, with its pages (TableOfContents).
                n = TableCaptions.list(n) != null ? n.getNext() : n;
                continue;
            }
            block(n, keep, ctx);
        }
        keep.flush();
    }

    float textWidth() {
        return document.right() - document.left();
    }

    void block(Node n, Sink sink, Context ctx) throws DocumentException {
        if (n instanceof Heading h) {
            heading(h, sink, ctx);
        } else if (n instanceof com.vladsch.flexmark.ast.Paragraph) {
            paragraph(n, sink, ctx);
        } else if (n instanceof ListBlock list) {
            list(list, sink, ctx);
        } else if (n instanceof BlockQuote) {
            quote(n, sink, ctx);
        } else if (n instanceof TableBlock table) {
            tables.table(table, sink, ctx);
        } else if (n instanceof ThematicBreak) {
            rule(sink, ctx);
        } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
            code(((com.vladsch.flexmark.util.ast.ContentNode) n).getContentChars().toString(), sink, ctx);
        } else if (n instanceof HtmlBlockBase) {
            // Raw HTML is never printed; its anchors mark the next block as a link target.
            pendingAnchors.addAll(Inlines.anchorIds(n.getChars()));
        } else if (!(n instanceof Reference)) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                block(c, sink, ctx);
            }
        }
    }

    /** Inline runs of a block, taking the anchors met before it. */
    Inlines inlines(Node block) {
        Inlines in = Inlines.of(block, pendingAnchors);
        pendingAnchors = new ArrayList<>(in.leftoverAnchors());
        return in;
    }

    private void heading(Heading h, Sink sink, Context ctx) throws DocumentException {
        Inlines in = inlines(h);
        if (ctx.inCell() || ctx.depth() > 0) {
            if (!in.runs().isEmpty()) {
                // Inside a cell, quotation or list a heading is set as bold text, and tagged as such.
                tagging.open(Tagging.P);
                Paragraph p = chunks.paragraph(in.runs(), PdfStyles.BODY, true, PdfStyles.BODY_LEADING, PdfStyles.TEXT,
                        ctx.available(), ParagraphLayout.Align.LEFT);
                tagging.close();
                p.setIndentationLeft(ctx.indent());
                p.setSpacingAfter(PARAGRAPH_GAP / 2);
                sink.add(p);
            }
            return;
        }
        int index = headingIndex++;
        Headings.Entry entry = headings.get(index);
        int level = h.getLevel();
        if (level == 1) {
            part(in, entry, index, sink, ctx);
            return;
        }
        float size = switch (level) {
            case 2 -> 20f;
            case 3 -> 18f;
            default -> 16f;
        };
        // The template's chapters are short (a vision is one sentence), so they run on instead of
        // each starting a page; a heading never ends a page without some of its text below it.
        Paragraph p = headingLines(in, entry, index, level, size, level <= 2 ? styles.heading() : PdfStyles.TEXT,
                ParagraphLayout.Align.LEFT, ctx);
        // Not setKeepTogether: OpenPDF would move the lines into a table cell and drop our line ends.
        // Instead the heading is held until the block after it shows how much must come along.
        p.setSpacingBefore(level <= 2 ? 18 : level == 3 ? 10 : 6);
        p.setSpacingAfter(level <= 2 ? 10 : 4);
        KeepWithNext.addHeld(sink, p);
    }

    /**
     * A heading's lines, tagged H1–H6, landing its destination and anchors and marked for the
     * contents (its page is noted when the line is drawn); not yet added to the page.
     */
    private Paragraph headingLines(Inlines in, Headings.Entry entry, int index, int level, float size, java.awt.Color color,
                                   ParagraphLayout.Align align, Context ctx) throws DocumentException {
        List<Inlines.Run> runs = new ArrayList<>(in.runs());
        List<String> lead = List.of();
        if (runs.isEmpty()) {
            runs.add(new Inlines.Run(entry.text().isEmpty() ? " " : entry.text(), true, false, false, null, List.of()));
        } else {
            Inlines.Run first = runs.get(0);
            lead = first.anchors();
            runs.set(0, new Inlines.Run(first.text(), first.bold(), first.italic(), first.strike(), first.href(), List.of()));
        }
        tagging.links().landsOn(entry.destination(), tagging.open(new PdfName("H" + Math.min(level, 6))));
        Paragraph p = chunks.paragraph(runs, size, true, 1.4f, color, ctx.available(), align);
        tagging.close();
        chunks.defineAnchors(lead, entry.destination());
        if (!p.isEmpty()) { // empty when the probe only collects anchors
            Chunk first = (Chunk) p.get(0);
            first.setLocalDestination(entry.destination());
            first.setGenericTag(PageDecorator.HEADING_TAG + index);
        }
        return p;
    }

    /**
     * A part of the outline (ส่วนที่ n, the body's only level-1 headings): a separator page of its
     * own, its title centred a third of the way down, as Thai plans print their parts; the
     * chapters it groups start on the next page.
     */
    private void part(Inlines in, Headings.Entry entry, int index, Sink sink, Context ctx) throws DocumentException {
        document.newPage();
        Paragraph p = headingLines(in, entry, index, 1, PART_SIZE, styles.heading(), ParagraphLayout.Align.CENTER, ctx);
        // OpenPDF drops the space before a page's first paragraph: a line that draws nothing starts the page.
        // In the body's font: a paragraph of its own would bring in (and embed) OpenPDF's default font.
        Chunk nothing = new Chunk((cb, llx, lly, urx, ury, y) -> { }, true);
        nothing.setFont(styles.body());
        Paragraph start = new Paragraph(1f);
        start.setFont(styles.body());
        start.add(nothing);
        sink.add(start);
        p.setSpacingBefore((document.top() - document.bottom()) / 3);
        sink.add(p);
        document.newPage();
    }

    /** Starts a new page unless {@code needed} points are left below the headings held back. */
    private void keepRoom(float needed) {
        if (writer.getVerticalPosition(true) - document.bottom() < needed + keep.heldHeight()) {
            document.newPage();
        }
    }

    /**
     * A signature block (the preface's: name, position, date, one a line; a project form's: the
     * dotted line and role, name, position), centred in the right
     * half of the page as Thai documents sign, kept whole on one page.
     */
    private void signature(Inlines in, Sink sink, Context ctx) throws DocumentException {
        float half = ctx.available() / 2;
        tagging.open(Tagging.P);
        Paragraph p = chunks.paragraph(in.runs(), PdfStyles.BODY, false, PdfStyles.BODY_LEADING, PdfStyles.TEXT,
                half, ParagraphLayout.Align.CENTER);
        tagging.close();
        keepRoom(p.size() * styles.leading(PdfStyles.BODY, PdfStyles.BODY_LEADING) + 2 * PARAGRAPH_GAP);
        p.setIndentationLeft(ctx.indent() + half);
        p.setSpacingBefore(2 * PARAGRAPH_GAP);
        p.setSpacingAfter(PARAGRAPH_GAP);
        sink.add(p);
    }

    private void paragraph(Node n, Sink sink, Context ctx) throws DocumentException {
        Inlines in = inlines(n);
        if (in.runs().isEmpty()) {
            return;
        }
        if (ctx.isTop() && (n.getChars().startsWith(SIGNATURE_ANCHOR) || n.getChars().startsWith(APPROVAL_ANCHOR))) {
            signature(in, sink, ctx);
            return;
        }
        if (!ctx.inCell() && TableCaptions.isCaption(n)) {
            // A table drawn as a chart too prints its caption under the chart (TableTypesetter).
            if (!(n.getNext() instanceof TableBlock t && TableTypesetter.asksForChart(t))) {
                KeepWithNext.addHeld(sink, caption(n, in, ctx));
            }
            return;
        }
        boolean title = ctx.isTop() && in.runs().stream().allMatch(Inlines.Run::bold); // a table's title, say
        // Body paragraphs (in lists and quotations too) are justified the Thai way; table cells,
        // headings and code are not, and never reach here.
        ParagraphLayout.Align align = ParagraphLayout.Align.JUSTIFY;
        tagging.open(Tagging.P);
        Paragraph p = chunks.paragraph(in.runs(), PdfStyles.BODY, false,
                ctx.inCell() ? PdfStyles.CELL_LEADING : PdfStyles.BODY_LEADING, PdfStyles.TEXT,
                ctx.available(), ctx.isTop() ? FIRST_LINE_INDENT : 0, align);
        tagging.close();
        p.setIndentationLeft(ctx.indent());
        p.setSpacingAfter(ctx.depth() > 0 ? ITEM_GAP : PARAGRAPH_GAP);
        if (title) {
            KeepWithNext.addHeld(sink, p);
        } else {
            sink.add(p);
        }
    }

    /** The caption {@code n} of the table after it, laid out now (see below). */
    Paragraph caption(Node n, Context ctx) {
        return caption(n, inlines(n), ctx);
    }

    /**
     * A table's caption (ตารางที่ n …): at the left, above its table, to be held with the table's
     * first rows; its page is noted for the list of tables when its first line is drawn.
     */
    private Paragraph caption(Node n, Inlines in, Context ctx) {
        tagging.open(Tagging.P);
        Paragraph p = chunks.paragraph(in.runs(), PdfStyles.BODY, false, PdfStyles.BODY_LEADING, PdfStyles.TEXT,
                ctx.available(), ParagraphLayout.Align.LEFT);
        tagging.close();
        p.setIndentationLeft(ctx.indent());
        p.setSpacingBefore(ITEM_GAP);
        List<String> anchors = Inlines.anchorIds(n.getChars());
        int index = anchors.isEmpty() ? -1 : captions.indexOf(anchors.get(0));
        if (index >= 0 && !p.isEmpty()) { // empty when the probe only collects anchors
            ((Chunk) p.get(0)).setGenericTag(PageDecorator.TABLE_TAG + index);
        }
        return p;
    }

    private void list(ListBlock list, Sink sink, Context ctx) throws DocumentException {
        boolean ordered = list instanceof OrderedList;
        // Items that carry their number (1.1, 1.1.1) print it as their label, hanging like a list's.
        boolean numbered = styles.official() && NumberedItems.isNumbered(list);
        if (styles.official() && ctx.isTop()) {
            // An official document starts a list where a paragraph's first line does, so a list
            // stands under the bold title before it (วัตถุประสงค์) instead of left of it.
            ctx = new Context(FIRST_LINE_INDENT, false, 0, null, ctx.width());
        }
        int number = ordered ? ((OrderedList) list).getStartNumber() : 1;
        List<String> labels = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            labels.add(numbered ? NumberedItems.numberOf((com.vladsch.flexmark.ast.ListItem) item)
                    : ordered ? orderedLabel(ctx, number++) : bullet(ctx.depth()));
        }
        float labelWidth = 0;
        for (String label : labels) {
            labelWidth = Math.max(labelWidth, styles.width(label, PdfStyles.BODY, false));
        }
        labelWidth = Math.max(labelWidth + styles.pt(8f), styles.pt(20f));
        tagging.openList(ordered || numbered ? "Decimal" : switch (ctx.depth() % 3) {
            case 0 -> "Disc";
            case 1 -> "Circle";
            default -> "Square";
        });
        int i = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), i++) {
            String label = labels.get(i);
            String childPrefix = ordered && !label.endsWith(")") ? label.replaceAll("\\.$", "") : null;
            Context inner = ctx.nested(labelWidth, childPrefix);
            Node child = item.getFirstChild();
            List<Inlines.Run> firstRuns = List.of();
            if (child instanceof com.vladsch.flexmark.ast.Paragraph) {
                firstRuns = inlines(child).runs();
                if (numbered) {
                    firstRuns = withoutNumber(firstRuns, label);
                }
                child = child.getNext();
            }
            tagging.open(Tagging.LI);
            sink.add(listItem(label, labelWidth, firstRuns, ctx));
            for (; child != null; child = child.getNext()) {
                block(child, sink, inner);
            }
            tagging.close(); // LBody, opened by listItem
            tagging.close(); // LI
        }
        tagging.close(); // L
    }

    private Element listItem(String label, float labelWidth, List<Inlines.Run> runs, Context ctx) {
        float leading = styles.leading(PdfStyles.BODY, ctx.inCell() ? PdfStyles.CELL_LEADING : PdfStyles.BODY_LEADING);
        ListItem li = new ListItem(leading);
        li.setFont(styles.body());
        li.setAlignment(Element.ALIGN_LEFT);
        // The label is drawn by us too, so that it is tagged as the item's Lbl (numbers included).
        tagging.open(Tagging.LBL);
        List<Chunk> symbol = chunks.lines(List.of(new Inlines.Run(label, false, false, false, null, List.of())),
                PdfStyles.BODY, false, PdfStyles.TEXT, labelWidth, 0, ParagraphLayout.Align.LEFT);
        tagging.close();
        li.setListSymbol(symbol.isEmpty() ? new Chunk(label, styles.body()) : symbol.get(0));
        List<Inlines.Run> content = runs.isEmpty()
                ? List.of(new Inlines.Run(" ", false, false, false, null, List.of())) : runs;
        tagging.open(Tagging.LBODY); // closed by list(), after the item's further blocks
        tagging.open(Tagging.P);
        chunks.lines(content, PdfStyles.BODY, false, PdfStyles.TEXT, ctx.available() - labelWidth, 0,
                ParagraphLayout.Align.JUSTIFY).forEach(li::add);
        tagging.close();
        li.setSpacingAfter(ITEM_GAP);
        // A one-item list: its indent places the label, the item's indent hangs the text after it.
        org.openpdf.text.List wrapper = new org.openpdf.text.List(false, labelWidth);
        wrapper.setIndentationLeft(ctx.indent());
        wrapper.add(li);
        return wrapper;
    }

    /** An item's runs after the number its text starts with (printed as its label) and the space after it. */
    private static List<Inlines.Run> withoutNumber(List<Inlines.Run> runs, String number) {
        if (runs.isEmpty() || !runs.get(0).text().startsWith(number + " ")) {
            return runs;
        }
        List<Inlines.Run> out = new ArrayList<>(runs);
        Inlines.Run first = runs.get(0);
        String rest = first.text().substring(number.length() + 1);
        if (rest.isEmpty()) {
            out.remove(0);
        } else {
            out.set(0, new Inlines.Run(rest, first.bold(), first.italic(), first.strike(), first.href(), first.anchors()));
        }
        return out;
    }

    private String orderedLabel(Context ctx, int n) {
        if (ctx.numberPrefix() == null) {
            return ThaiDigits.number(n, thaiDigits) + ".";
        }
        // Thai official numbering: 1. -> 1.1 -> 1.1.1 -> 1)
        return ctx.depth() < 3 ? ctx.numberPrefix() + "." + ThaiDigits.number(n, thaiDigits)
                : ThaiDigits.number(n, thaiDigits) + ")";
    }

    private String bullet(int depth) {
        return switch (depth % 3) {
            case 0 -> styles.firstAvailable("\u2022", "-");
            case 1 -> styles.firstAvailable("\u25E6", "\u2013", "-");
            default -> styles.firstAvailable("\u25AA", "\u2022", "-");
        };
    }

    private void quote(Node n, Sink sink, Context ctx) throws DocumentException {
        PdfPCell cell = new PdfPCell();
        if (styles.official()) {
            cell.setBorder(Rectangle.NO_BORDER); // an official document sets a quotation off by its indent alone
        } else {
            cell.setBorder(Rectangle.LEFT);
            cell.setBorderWidthLeft(3f);
            cell.setBorderColorLeft(PdfStyles.QUOTE_BAR);
            cell.setBackgroundColor(PdfStyles.QUOTE_FILL);
        }
        cell.setPaddingLeft(QUOTE_PAD_LEFT);
        cell.setPaddingRight(QUOTE_PAD_RIGHT);
        cell.setPaddingTop(4f);
        cell.setPaddingBottom(8f);
        cell.setUseAscender(true);
        Context inside = ctx.cell(ctx.available() - QUOTE_PAD_LEFT - QUOTE_PAD_RIGHT);
        tagging.open(Tagging.BLOCK_QUOTE);
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            block(c, cell::addElement, inside);
        }
        tagging.close();
        PdfPTable table = new PdfPTable(1);
        tagging.decorate(table); // the bar and the fill are decoration
        indentTable(table, ctx);
        table.setSpacingBefore(4f);
        table.setSpacingAfter(PARAGRAPH_GAP + 4f);
        table.addCell(cell);
        sink.add(table);
    }

    /** Tables fill the width left of the current indent (OpenPDF ignores indents for tables). */
    void indentTable(PdfPTable table, Context ctx) {
        float width = textWidth();
        table.setWidthPercentage(100f * (width - ctx.indent()) / width);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
    }

    private void rule(Sink sink, Context ctx) throws DocumentException {
        Paragraph p = new Paragraph(styles.pt(PdfStyles.BODY));
        p.setFont(styles.body());
        p.setIndentationLeft(ctx.indent());
        p.add(new Chunk(tagging.artifact(new LineSeparator(0.5f, 100f, PdfStyles.RULE, Element.ALIGN_CENTER, 4f)), true));
        p.setSpacingAfter(PARAGRAPH_GAP);
        sink.add(p);
    }

    private void code(String text, Sink sink, Context ctx) throws DocumentException {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (body.isBlank()) {
            return;
        }
        tagging.open(Tagging.P);
        Paragraph p = chunks.paragraph(List.of(new Inlines.Run(body, false, false, false, null, List.of())),
                PdfStyles.TABLE, false, PdfStyles.CELL_LEADING, PdfStyles.MUTED, ctx.available() - 18f,
                ParagraphLayout.Align.LEFT);
        tagging.close();
        p.setIndentationLeft(ctx.indent() + 18f);
        p.setSpacingAfter(PARAGRAPH_GAP);
        sink.add(p);
    }
}
