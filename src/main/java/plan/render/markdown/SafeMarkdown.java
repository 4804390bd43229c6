package plan.render.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Plan text made safe as Markdown source. Raw HTML (tags, comments, angle-bracket autolinks) gets
 * its {@code <} written as {@code &lt;}, so every CommonMark renderer shows it as text; links
 * and images whose destination the {@link UrlPolicy} refuses keep only their text. Everything
 * else (emphasis, allowed links, code, tables, lists) is left as written.
 */
public final class SafeMarkdown {
    private record Edit(int start, int end, String replacement) {
    }

    private SafeMarkdown() {
    }

    /** A text field: one paragraph of inline Markdown, kept on one line. */
    public static String inline(String text) {
        return safe(text.strip().replaceAll("\\s*\\R\\s*", " "), true);
    }

    /** A markdown field: block Markdown. */
    public static String block(String markdown) {
        return safe(markdown, false);
    }

    private static String safe(String markdown, boolean inline) {
        Node document = MarkdownParser.parse(markdown);
        List<Edit> edits = new ArrayList<>();
        collect(document, edits, inline);
        edits.sort(Comparator.comparingInt(Edit::start).reversed());
        StringBuilder out = new StringBuilder(markdown);
        int lastStart = Integer.MAX_VALUE;
        for (Edit e : edits) {
            if (e.end() <= lastStart || e.start() == e.end()) { // nested edits: the outer one covers the inner
                out.replace(e.start(), e.end(), e.replacement());
                lastStart = e.start();
            }
        }
        return out.toString();
    }

    private static void collect(Node node, List<Edit> edits, boolean inline) {
        if (node instanceof HtmlInlineBase || node instanceof HtmlBlockBase || node instanceof AutoLink autoLink
                && autoLink.getOpeningMarker().length() > 0) {
            BasedSequence chars = node.getChars();
            edits.add(new Edit(chars.getStartOffset(), chars.getEndOffset(), chars.toString().replace("<", "&lt;")));
            return;
        }
        if (node instanceof Link link && !UrlPolicy.allows(link.getUrl().toString())) {
            edits.add(new Edit(link.getStartOffset(), link.getEndOffset(), link.getText().toString()));
            return;
        }
        if (node instanceof Image image && !UrlPolicy.allows(image.getUrl().toString())) {
            edits.add(new Edit(image.getStartOffset(), image.getEndOffset(), image.getText().toString()));
            return;
        }
        if (node instanceof Heading heading && heading.isAtxHeading() && !inline) {
            // A chapter's own headings sit under the chapter's: "# X" in a body becomes "### X".
            edits.add(new Edit(heading.getStartOffset(), heading.getStartOffset(), "##"));
        }
        if (node instanceof FencedCodeBlock fence && fence.getClosingMarker().isEmpty()) {
            // An unclosed fence would swallow every chapter after this text: close it here.
            edits.add(new Edit(fence.getEndOffset(), fence.getEndOffset(),
                    (fence.getChars().endsWith("\n") ? "" : "\n") + fence.getOpeningMarker() + "\n"));
        }
        if (node instanceof Reference ref && !UrlPolicy.allows(ref.getUrl().toString())) {
            BasedSequence url = ref.getUrl();
            edits.add(new Edit(url.getStartOffset(), url.getEndOffset(), "#"));
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, edits, inline);
        }
    }
}
