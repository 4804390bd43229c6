package plan.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import plan.testing.Cli;

/**
 * The site the HTML tests judge: built once per test run, through the command line as a user
 * would, from the three real plans, the three examples and the cascade example with the shipped
 * frameworks (framework pages one folder down). Every check reads these same pages.
 */
final class Site {
    private static Path root;

    private Site() {
    }

    static synchronized Path root() {
        if (root == null) {
            try {
                Path out = Files.createTempDirectory("plan-site-");
                Cli.Result r = Cli.run("build", "plans", "examples/minimal.plan.yaml", "examples/full.plan.yaml",
                        "examples/action-plan.plan.yaml", "examples/cascade", "frameworks", "--out", out.toString(), "--format", "md,html");
                assertThat(r.exitCode()).as("plan build failed: %s", r.err()).isZero();
                root = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    /** Every HTML page of the site, index.html and the framework pages included, sorted by name. */
    static List<Path> pages() {
        List<Path> pages = new java.util.ArrayList<>(htmlIn(root()));
        pages.addAll(htmlIn(root().resolve("frameworks")));
        return pages;
    }

    static List<Path> htmlIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> pages = files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
            // 6 plans and the index: fewer means a plan was silently not rendered.
            assertThat(pages).as("pages of %s", dir).hasSizeGreaterThanOrEqualTo(2);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
