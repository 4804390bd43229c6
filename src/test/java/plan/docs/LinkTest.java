package plan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.api.Test;

/**
 * Every link and picture in README.md and docs/ resolves inside this repository: the file (or
 * folder) exists and the anchor names a heading of it. No link leaves the project, so the
 * documentation a user gets with it is whole, and nothing points at a file that moved.
 */
class LinkTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().normalize();

    @Test
    void everyLinkResolvesInsideTheRepository() {
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path file : MarkdownFiles.all()) {
            for (Node node : MarkdownFiles.parse(file).getDescendants()) {
                String url = node instanceof Link l ? l.getUrl().toString()
                        : node instanceof Image i ? i.getUrl().toString()
                        : node instanceof Reference r ? r.getUrl().toString() : null;
                if (url != null) {
                    links++;
                    String problem = problem(file, url);
                    if (problem != null) {
                        broken.add(file + ": " + url + ": " + problem);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(links).as("links found (a parser that finds none proves nothing)").isGreaterThan(40);
    }

    @Test
    void theCheckerCatchesWhatItShould() {
        assertThat(problem(MarkdownFiles.README, "../shared/PLAN-FORMAT.md")).isNotNull();
        assertThat(problem(MarkdownFiles.README, "https://example.org/")).isNotNull();
        assertThat(problem(MarkdownFiles.README, "docs/format.md#no-such-heading")).isNotNull();
        assertThat(problem(MarkdownFiles.README, "docs/missing.md")).isNotNull();
        assertThat(problem(MarkdownFiles.README, "docs/format.md#exit-codes")).isNull();
        assertThat(problem(MarkdownFiles.FORMAT, "#rules")).isNull();
    }

    /** Why a link from {@code file} does not resolve, or null when it does. */
    static String problem(Path file, String url) {
        if (url.isEmpty()) {
            return "empty link";
        }
        if (url.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || url.startsWith("//")) {
            return "points outside the repository";
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String anchor = hash < 0 ? null : url.substring(hash + 1);
        Path target = path.isEmpty() ? file.toAbsolutePath().normalize()
                : file.toAbsolutePath().getParent().resolve(path).normalize();
        if (!target.startsWith(ROOT)) {
            return "points outside the repository";
        }
        if (!Files.exists(target)) {
            return "no such file";
        }
        if (anchor != null) {
            if (!target.toString().endsWith(".md")) {
                return "an anchor into a file that is not Markdown";
            }
            if (!MarkdownFiles.anchors(target).contains(anchor)) {
                return "no heading with the anchor #" + anchor;
            }
        }
        return null;
    }
}
