package plan.render.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import plan.model.MarkdownNesting;

/**
 * Plan text made safe as Markdown source. Raw HTML (tags, comments, angle-bracket autolinks) gets
 * its {@code <} written as {@code &lt;}, so every CommonMark renderer shows it as text; links
 * and images whose destination the {@link UrlPolicy} refuses keep only their text. Everything
 * else (emphasis, allowed links, code, tables, lists) is left as written.
 */
public final class SafeMarkdown {
    /** The item anchor of the content template; the HTML stage turns it into an id. */
    private static final Pattern ANCHOR = Pattern.compile("<a id=\"[\\p{L}\\p{M}\\p{N}._-]+\">");

    private record Edit(int start, int end, String replacement) {
    }

    private static final int MAX_ROUNDS = 8;
    private static final Pattern STRUCTURE = Pattern.compile("^ {0,3}(#|```|~~~)", Pattern.MULTILINE);

    /** A text field, a markdown field, or the whole generated document. */
    private enum Mode { INLINE, BLOCK, DOCUMENT }

    private SafeMarkdown() {
    }

    /** A text field: one paragraph of inline Markdown, kept on one line. */
    public static String inline(String text) {
        String line = text.strip();
        if (hasLineBreak(line)) {
            line = LINE_BREAK.matcher(line).replaceAll(" ");
        }
        return sanitize(MarkdownNesting.flattened(line), Mode.INLINE);
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    /** True when {@code text} holds a character that {@code \R} matches: most fields have none, and need no pattern. */
    static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\n', '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** A markdown field: block Markdown. */
    public static String block(String markdown) {
        return sanitize(MarkdownNesting.flattened(markdown), Mode.BLOCK);
    }

    /**
     * A whole generated document, once more: pieces that are safe alone can join into a link or
     * a tag where the template puts them side by side (a label that closes the template's link
     * text with {@code ](javascript:...)}, a backtick in one field pairing with one in the next).
     * Everything is judged as for {@link #block}, except the template's own item anchors.
     */
    public static String document(String markdown) {
        return sanitize(markdown, Mode.DOCUMENT);
    }

    /**
     * Removing a link or escaping a tag can let the text around it form a new one (the fuzzer
     * found such inputs), so the safety edits repeat until nothing changes, in both dialects. The structural edits
     * (headings moved down, fences closed) are made once, in the first round.
     */
    private static String sanitize(String markdown, Mode mode) {
        if (nothingToDo(markdown, mode)) {
            return markdown; // most plan text: parsing it would change nothing
        }
        String out = edit(MarkdownParser.parse(markdown), markdown, mode, true);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            // Judged by our dialect and by plain CommonMark (no tables), as other viewers read it:
            // a cell boundary in one may be inside a code span or a tag in the other.
            Document ours = MarkdownParser.parse(out);
            String next = edit(ours, out, mode, false);
            if (next.equals(out) && plainReadsAlike(ours, out, mode)) {
                return out;
            }
            next = edit(MarkdownParser.parsePlain(next), next, mode, false);
            if (next.equals(out)) {
                return out;
            }
            out = next;
        }
        // Not settled: give up on markup and show the text as plain words.
        return out.replace("<", "&lt;").replace("[", "\\[").replace("]", "\\]");
    }

    /**
     * Without '<' there is no raw HTML or angle-bracket link, and without '[' no link, image or
     * reference: such text is safe as it is. A markdown field may still need a heading moved or a
     * fence closed.
     */
    private static boolean nothingToDo(String markdown, Mode mode) {
        return markdown.indexOf('<') < 0 && markdown.indexOf('[') < 0
                && (mode != Mode.BLOCK || !STRUCTURE.matcher(markdown).find());
    }

    /**
     * True when plain CommonMark finds nothing to edit in {@code markdown}, in which our dialect
     * found nothing: the two can only differ around tables (see {@link TableParagraphs}), so only
     * those stretches are parsed again, not the whole text.
     */
    private static boolean plainReadsAlike(Document ours, String markdown, Mode mode) {
        List<TableParagraphs.Stretch> stretches = TableParagraphs.of(ours, markdown);
        if (stretches == null) {
            return false;
        }
        for (TableParagraphs.Stretch stretch : stretches) {
            String text = stretch.text();
            if (text.indexOf('<') >= 0 || text.indexOf('[') >= 0) { // else no tag, link or reference
                List<Edit> edits = new ArrayList<>();
                collect(MarkdownParser.parsePlain(text), edits, mode, false);
                if (!edits.isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String edit(Node document, String markdown, Mode mode, boolean structural) {
        List<Edit> edits = new ArrayList<>();
        collect(document, edits, mode, structural);
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

    private static void collect(Node node, List<Edit> edits, Mode mode, boolean structural) {
        if (mode == Mode.DOCUMENT && isAnchor(node)) {
            return;
        }
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
        if (structural && node instanceof Heading heading && heading.isAtxHeading() && mode == Mode.BLOCK) {
            // A chapter's own headings sit under the chapter's: "# X" in a body becomes "### X".
            edits.add(new Edit(heading.getStartOffset(), heading.getStartOffset(), "##"));
        }
        if (structural && node instanceof FencedCodeBlock fence && fence.getClosingMarker().isEmpty()) {
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
            collect(child, edits, mode, structural);
        }
    }

    /** {@code <a id="S1">} and the {@code </a>} right after it, as the content template writes them. */
    private static boolean isAnchor(Node node) {
        if (!(node instanceof HtmlInline)) {
            return false;
        }
        if ("</a>".contentEquals(node.getChars())) {
            Node open = node.getPrevious();
            return open instanceof HtmlInline && ANCHOR.matcher(open.getChars()).matches();
        }
        return ANCHOR.matcher(node.getChars()).matches();
    }
}
