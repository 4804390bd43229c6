package plan.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;
import plan.testing.ExternalTool;
import plan.testing.SiteDocuments;

/**
 * The launcher starts the JVM with flags of its own (HarfBuzz through JNI rather than the
 * foreign-function API, the start-up cache, the quick compiler alone). None of them may change
 * an output: the documents {@code ./plan build} writes are byte for byte those of the same build
 * run in the test's JVM with no such flags.
 */
@Tag("launcher") // the first ./plan of a build makes the start-up cache: seconds, so mvn verify only
class LauncherOutputTest {
    @TempDir
    Path dir;

    @Test
    void launcherFlagsLeaveEveryDocumentUnchanged() throws IOException {
        String plan = "examples/action-plan.plan.yaml";
        Path byLauncher = dir.resolve("launcher");
        Path inProcess = dir.resolve("in-process");

        ExternalTool.Result launched = ExternalTool.run(null, List.of("bash", "plan", "build", plan,
                "--out", byLauncher.toString()));
        assertThat(launched.exit()).as(launched.err()).isZero();
        Cli.Result ran = Cli.run("build", plan, "--out", inProcess.toString());
        assertThat(ran.exitCode()).as(ran.err()).isZero();

        Map<String, byte[]> expected = SiteDocuments.of(inProcess);
        assertThat(expected.keySet()).anyMatch(name -> name.endsWith(".pdf")).anyMatch(name -> name.endsWith(".html"));
        SiteDocuments.assertSame(SiteDocuments.of(byLauncher), expected);
    }
}
