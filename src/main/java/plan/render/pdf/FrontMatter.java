package plan.render.pdf;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;

import plan.render.TableCaptions;

/**
 * Where an official document's preface (คำนำ) stands in the Markdown: the template writes it as
 * the first chapter, anchored {@code preface}; the PDF prints it before the contents, as front
 * matter, and the body after them. {@code preface} is null when there is none to set apart (or
 * in the modern look, where the preface is a chapter like the others). The list of tables that
 * may follow it is printed after the contents, with its pages ({@link TableOfContents}), so the
 * body starts after it.
 */
record FrontMatter(Node preface, Node body) {
    static final String ANCHOR = "<a id=\"preface\"></a>";

    static FrontMatter of(com.vladsch.flexmark.util.ast.Document markdown, boolean official) {
        Node start = Headings.bodyStart(markdown);
        if (!official || !(start instanceof Heading h) || h.getLevel() != 2 || !h.getChars().toString().contains(ANCHOR)) {
            return new FrontMatter(null, pastListOfTables(start));
        }
        Node body = start.getNext();
        while (body != null && !(body instanceof Heading next && next.getLevel() <= 2)) {
            body = body.getNext();
        }
        return new FrontMatter(start, pastListOfTables(body));
    }

    private static Node pastListOfTables(Node n) {
        return TableCaptions.isListHeading(n) ? TableCaptions.after(n) : n;
    }
}
