package plan.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

import plan.render.markdown.MarkdownParser;

/** The text a reader gets from each kind of output, for comparing with source documents. */
public final class Outputs {
    private Outputs() {
    }

    /** Markdown as rendered text: markup gone, link texts kept. */
    public static String markdownText(String markdown) {
        return SeedLines.fold(new TextCollectingVisitor().collectAndGetText(MarkdownParser.parse(markdown)));
    }

    /** The text content of an HTML page: tags gone, the entities we write decoded. */
    public static String htmlText(String html) {
        String body = html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("<[^>]*>", " ");
        body = body.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", "\u00a0").replace("&amp;", "&");
        return SeedLines.fold(body);
    }

    /** What pdftotext gives back, in reading order. */
    public static String pdfText(Path pdf) {
        return ExternalTool.ok(null, List.of("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-"));
    }

    /** The lines of {@code expected} not found in {@code text} (both already folded). */
    public static List<String> missing(List<String> expected, String text) {
        List<String> out = new ArrayList<>();
        for (String line : expected) {
            if (!text.contains(line)) {
                out.add(line);
            }
        }
        return out;
    }
}
