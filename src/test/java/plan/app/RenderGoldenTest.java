package plan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import plan.testing.Cli;
import plan.testing.Golden;

/**
 * The Markdown and HTML of every example and real plan, against files kept in
 * src/test/resources/golden ({@code -Dgolden.update=true} rewrites them; review the diff).
 */
class RenderGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    static Path site;

    @BeforeAll
    static void build() {
        Cli.Result r = Cli.run("build", "plans", "examples/minimal.plan.yaml", "examples/full.plan.yaml",
                "examples/action-plan.plan.yaml", "examples/official", "--out", site.toString(), "--format", "md,html",
                "--lang", "en");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"minimal", "full-example", "action-plan", "spp-sisaket-2", "spm-sisaket-yasothon", "spp-mahasarakham-2",
        "official-action-plan"})
    void markdownAndHtmlMatchGolden(String id) throws IOException {
        Golden.assertMatches(GOLDEN.resolve(id + ".md"), Files.readString(site.resolve(id + ".md")));
        Golden.assertMatches(GOLDEN.resolve(id + ".html"), Files.readString(site.resolve(id + ".html")));
    }

    @Test
    void indexMatchesGolden() throws IOException {
        Golden.assertMatches(GOLDEN.resolve("index.html"), Files.readString(site.resolve("index.html")));
    }

    @Test
    void sameInputSameBytes(@TempDir Path again) throws IOException {
        Cli.run("build", "plans", "--out", again.toString(), "--format", "md,html,pdf");
        Cli.Result r = Cli.run("build", "plans", "--out", again.resolve("second").toString(), "--format", "md,html,pdf");
        assertThat(r.exitCode()).isZero();
        for (String name : new String[] {"spp-sisaket-2.md", "spp-sisaket-2.html", "spp-sisaket-2.pdf", "index.html"}) {
            assertThat(Files.readAllBytes(again.resolve("second").resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(again.resolve(name)));
        }
    }
}
