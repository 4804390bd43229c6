package plan.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.ExternalTool;

/** ci/publish-site.sh: the site without the build's state, and never a folder it must not remove. */
class PublishSiteTest {
    @TempDir
    Path temp;

    @Test
    void copiesTheSiteWithoutCacheLockOrStaging() throws IOException {
        Path built = temp.resolve("built");
        for (String name : List.of("index.html", "a.pdf", "assets/plan.css", ".plan-cache/a", ".plan.lock",
                ".plan-staging-123/a.html", ".nojekyll")) {
            Files.createDirectories(built.resolve(name).getParent());
            Files.writeString(built.resolve(name), name);
        }
        Path site = temp.resolve("public");
        Files.createDirectories(site);
        Files.writeString(site.resolve("stale.html"), "from an earlier build");

        ExternalTool.Result r = ExternalTool.run(temp, List.of("bash", script(), "built", "public"));
        assertThat(r.exit()).as(r.err()).isZero();
        try (Stream<Path> files = Files.walk(site)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> site.relativize(p).toString()).sorted())
                    .containsExactly(".nojekyll", "a.pdf", "assets/plan.css", "index.html");
        }
        assertThat(built.resolve(".plan-cache/a")).as("the build's state is left where it was").isRegularFile();
    }

    @Test
    void refusesToReplaceAFolderHoldingTheBuildOrTheCurrentFolder() throws IOException {
        Files.createDirectories(temp.resolve("out/built"));
        Files.writeString(temp.resolve("out/built/index.html"), "x");
        ExternalTool.Result holdsBuild = ExternalTool.run(temp, List.of("bash", script(), "out/built", "out"));
        assertThat(holdsBuild.exit()).isEqualTo(2);
        assertThat(holdsBuild.err()).contains("out holds out/built");
        ExternalTool.Result holdsHere = ExternalTool.run(temp.resolve("out/built"), List.of("bash", script(), ".", ".."));
        assertThat(holdsHere.exit()).isEqualTo(2);
        assertThat(temp.resolve("out/built/index.html")).isRegularFile();
    }

    /** Issue 27, item 3: with TO = / the guard's pattern became "//"*, which matched nothing. */
    @Test
    void refusesTheRootAndTheHomeFolder() throws IOException {
        Files.createDirectories(temp.resolve("built"));
        Files.writeString(temp.resolve("built/index.html"), "x");
        ExternalTool.Result root = ExternalTool.run(temp, List.of("bash", script(), "built", "/"));
        assertThat(root.exit()).isEqualTo(2);
        assertThat(root.err()).contains("/ holds");
        ExternalTool.Result home = ExternalTool.run(temp, List.of("env", "HOME=" + temp.resolve("home"), "bash", script(),
                "built", temp.resolve("home").toString()));
        assertThat(home.exit()).isEqualTo(2);
        assertThat(home.err()).contains("holds the home folder");
        assertThat(temp.resolve("built/index.html")).isRegularFile();
    }

    private static String script() {
        return Path.of("ci/publish-site.sh").toAbsolutePath().toString();
    }
}
