package plan.app.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.app.Build;
import plan.app.BuildOptions;
import plan.app.BuildResult;
import plan.app.check.CheckReport;
import plan.app.check.PlanChecker;
import plan.app.check.PlanFiles;
import plan.load.Limits;
import plan.render.site.Documents;
import plan.render.site.OutputFormat;
import plan.render.site.SiteRenderer;

/** One build, two places to publish: memory (a live preview) gets the bytes a folder gets. */
class PublisherTest {
    @TempDir
    Path dir;

    private static final String TOOL = "test";

    @Test
    void memoryGetsTheSameDocumentsAsAFolder() throws Exception {
        CheckReport report = new PlanChecker(Limits.DEFAULT).checkAll(PlanFiles.find(List.of("plans",
                "examples/minimal.plan.yaml")));
        BuildOptions options = new BuildOptions(dir.resolve("site"), EnumSet.allOf(OutputFormat.class), null, false,
                null, false);
        BuildResult toFolder = Build.run(report, options, TOOL, done -> { });

        MemoryPublisher memory = new MemoryPublisher();
        BuildResult toMemory = Build.run(report, options, new SiteRenderer(null, TOOL), memory, TOOL, done -> { });
        Documents documents = memory.documents();
        assertThat(toMemory.written()).isEqualTo(toFolder.written());
        assertThat(documents.names()).containsExactlyElementsOf(toFolder.written());
        assertThat(documents.names()).contains("minimal.pdf", "index.html", "assets/plan.css");
        for (String name : documents.names()) {
            assertThat(documents.bytes(name)).as(name).isEqualTo(Files.readAllBytes(options.out().resolve(name)));
        }

        // The memory remembers what it holds: nothing is rendered again, the index is.
        BuildResult again = Build.run(report, options, new SiteRenderer(null, TOOL), memory, TOOL, done -> { });
        assertThat(again.rendered()).isZero();
        assertThat(again.upToDate()).isEqualTo(4);
        assertThat(memory.documents()).isEqualTo(documents);
    }

    @Test
    void nothingIsVisibleBeforePublishing() throws IOException {
        MemoryPublisher memory = new MemoryPublisher();
        memory.plan("a", "k", Documents.of(java.util.Map.of("a.md", new byte[] {1})));
        assertThat(memory.documents().isEmpty()).isTrue();
        assertThat(memory.holds("a", "k", List.of("a.md"))).isFalse();
        memory.publish();
        assertThat(memory.documents().names()).containsExactly("a.md");
        assertThat(memory.holds("a", "k", List.of("a.md"))).isTrue();
        assertThat(memory.holds("a", "other key", List.of("a.md"))).isFalse();
    }
}
