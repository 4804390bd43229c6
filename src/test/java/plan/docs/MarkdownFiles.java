package plan.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

import plan.render.markdown.MarkdownParser;

/** The project's own Markdown (README.md, CONTRIBUTING.md and docs/), parsed as GitHub shows it. */
final class MarkdownFiles {
    static final Path README = Path.of("README.md");
    static final Path CONTRIBUTING = Path.of("CONTRIBUTING.md");
    static final Path DOCS = Path.of("docs");
    static final Path FORMAT = DOCS.resolve("format.md");

    private MarkdownFiles() {
    }

    static List<Path> all() {
        List<Path> files = new ArrayList<>(List.of(README, CONTRIBUTING));
        try (Stream<Path> docs = Files.walk(DOCS)) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Document parse(Path file) {
        try {
            return MarkdownParser.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(com.vladsch.flexmark.util.ast.Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    /** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces to '-'. */
    static Set<String> anchors(Path file) {
        Set<String> out = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (var node : parse(file).getDescendants()) {
            if (node instanceof Heading h) {
                String slug = text(h).strip().toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "").replace(' ', '-');
                int n = seen.merge(slug, 1, Integer::sum);
                out.add(n == 1 ? slug : slug + "-" + (n - 1));
            }
        }
        return out;
    }
}
