package plan.render.pdf;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flattens Markdown inline nodes into styled runs of text. Raw HTML is never printed; only the ids
 * of anchors in it ({@code <a id="G1"></a>}) are kept, so that links like {@code [G1](#G1)} work.
 */
final class Inlines {
    private static final Pattern ID_ATTRIBUTE =
            Pattern.compile("\\b(?:id|name)\\s*=\\s*[\"']([^\"'<>]+)[\"']", Pattern.CASE_INSENSITIVE);

    /** A piece of text in one style. {@code href} is an external URL or "#name", or null. */
    record Run(String text, boolean bold, boolean italic, boolean strike, String href, List<String> anchors) {
    }

    private final List<Run> runs = new ArrayList<>();
    private final List<String> pendingAnchors = new ArrayList<>();

    private Inlines() {
    }

    /** The runs of a block's inline children, with the anchors met before any text. */
    static Inlines of(Node block, List<String> anchorsBefore) {
        Inlines in = new Inlines();
        in.pendingAnchors.addAll(anchorsBefore);
        in.visitChildren(block, false, false, false, null);
        return in;
    }

    List<Run> runs() {
        return runs;
    }

    /** NamedDestinations after the last text, which the next block should carry. */
    List<String> leftoverAnchors() {
        return pendingAnchors;
    }

    String plainText() {
        StringBuilder b = new StringBuilder();
        runs.forEach(r -> b.append(r.text()));
        return b.toString();
    }

    static List<String> anchorIds(CharSequence html) {
        List<String> ids = new ArrayList<>();
        Matcher m = ID_ATTRIBUTE.matcher(html);
        while (m.find()) {
            ids.add(m.group(1).trim());
        }
        return ids;
    }

    /** Only these leave the document; anything else (javascript:, file:, relative) stays plain text. */
    static boolean isExternal(String url) {
        String u = url.trim().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://") || u.startsWith("mailto:");
    }

    /**
     * The text of a node with its backslash escapes and entities resolved, as flexmark's
     * {@code unescape()} gives it; most text has neither, and flexmark would still scan it with a
     * regular expression through its character-by-character sequence view.
     */
    private static String unescaped(com.vladsch.flexmark.util.sequence.BasedSequence chars) {
        String text = chars.toString();
        return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text
                : com.vladsch.flexmark.util.sequence.Escaping.unescapeString(text);
    }

    private void visitChildren(Node parent, boolean bold, boolean italic, boolean strike, String href) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            visit(n, bold, italic, strike, href);
        }
    }

    private void visit(Node n, boolean bold, boolean italic, boolean strike, String href) {
        if (n instanceof Text || n instanceof HtmlEntity) {
            add(unescaped(n.getChars()), bold, italic, strike, href);
        } else if (n instanceof TextBase) {
            visitChildren(n, bold, italic, strike, href);
        } else if (n instanceof SoftLineBreak) {
            add(" ", bold, italic, strike, href);
        } else if (n instanceof HardLineBreak) {
            add("\n", bold, italic, strike, href);
        } else if (n instanceof StrongEmphasis) {
            visitChildren(n, true, italic, strike, href);
        } else if (n instanceof Emphasis) {
            visitChildren(n, bold, true, strike, href);
        } else if (n instanceof Strikethrough) {
            visitChildren(n, bold, italic, true, href);
        } else if (n instanceof Code code) {
            add(code.getText().toString(), bold, italic, strike, href);
        } else if (n instanceof Link link) {
            visitChildren(n, bold, italic, strike, link.getUrl().unescape());
        } else if (n instanceof AutoLink link) {
            String url = link.getText().toString();
            add(url, bold, italic, strike, url);
        } else if (n instanceof MailLink mail) {
            String address = mail.getText().toString();
            add(address, bold, italic, strike, "mailto:" + address);
        } else if (n instanceof Image || n instanceof ImageRef) {
            // Plan text never names files to embed: show the description instead of the picture.
            visitChildren(n, bold, true, strike, href);
        } else if (n instanceof HtmlInlineBase) {
            pendingAnchors.addAll(anchorIds(n.getChars()));
        } else {
            visitChildren(n, bold, italic, strike, href);
        }
    }

    private void add(String text, boolean bold, boolean italic, boolean strike, String href) {
        if (text.isEmpty()) {
            return;
        }
        List<String> anchors = pendingAnchors.isEmpty() ? List.of() : List.copyOf(pendingAnchors);
        pendingAnchors.clear();
        if (anchors.isEmpty() && !runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            // Adjacent text in the same style is one chunk: fewer chunk boundaries, fewer places
            // where OpenPDF could end a line without asking the split character.
            if (last.bold() == bold && last.italic() == italic && last.strike() == strike
                    && java.util.Objects.equals(last.href(), href)) {
                runs.set(runs.size() - 1, new Run(last.text() + text, bold, italic, strike, href, last.anchors()));
                return;
            }
        }
        runs.add(new Run(text, bold, italic, strike, href, anchors));
    }
}
