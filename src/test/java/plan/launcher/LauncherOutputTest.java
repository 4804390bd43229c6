package plan.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;
import plan.testing.ExternalTool;

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

        Map<String, byte[]> expected = documents(inProcess);
        assertThat(expected.keySet()).anyMatch(name -> name.endsWith(".pdf")).anyMatch(name -> name.endsWith(".html"));
        Map<String, byte[]> actual = documents(byLauncher);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
    }

    /** Every file written, by path, leaving out the build's own cache. */
    private static Map<String, byte[]> documents(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String name = out.relativize(f).toString();
                if (!name.startsWith(".plan")) {
                    files.put(name, Files.readAllBytes(f));
                }
            }
        }
        return files;
    }
}
