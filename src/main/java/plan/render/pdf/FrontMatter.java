package plan.render.pdf;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Where an official document's preface (คำนำ) stands in the Markdown: the template writes it as
 * the first chapter, anchored {@code preface}; the PDF prints it before the contents, as front
 * matter, and the body after them. {@code preface} is null when there is none to set apart (or
 * in the modern look, where the preface is a chapter like the others).
 */
record FrontMatter(Node preface, Node body) {
    static final String ANCHOR = "<a id=\"preface\"></a>";

    static FrontMatter of(com.vladsch.flexmark.util.ast.Document markdown, boolean official) {
        Node start = Headings.bodyStart(markdown);
        if (!official || !(start instanceof Heading h) || h.getLevel() != 2 || !h.getChars().toString().contains(ANCHOR)) {
            return new FrontMatter(null, start);
        }
        Node body = start.getNext();
        while (body != null && !(body instanceof Heading next && next.getLevel() <= 2)) {
            body = body.getNext();
        }
        return new FrontMatter(start, body);
    }
}
