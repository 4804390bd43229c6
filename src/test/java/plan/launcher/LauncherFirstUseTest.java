package plan.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.ExternalTool;

/**
 * {@code ./plan} on a fresh clone builds itself. Two first uses at once (two terminals, a CI
 * matrix) must not run two Maven builds into one target/: one builds, the other waits for it.
 * A copy of the project with an empty target/ is built, with {@code mvn} wrapped to count runs.
 */
@Tag("launcher") // builds the project with Maven: a minute or more, so it runs in mvn verify only
class LauncherFirstUseTest {
    @TempDir
    Path dir;

    @Test
    void twoFirstUsesAtOnceBuildOnce() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        for (String part : List.of("pom.xml", "plan", "src/main", "templates", "examples")) {
            copy(Path.of(part), project.resolve(part));
        }
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path runs = dir.resolve("mvn-runs");
        String realMvn = ExternalTool.ok(null, List.of("bash", "-c", "command -v mvn")).strip();
        Path wrapper = bin.resolve("mvn");
        Files.writeString(wrapper, "#!/usr/bin/env bash\necho \"$*\" >> '" + runs + "'\nexec '" + realMvn + "' \"$@\"\n");
        assertThat(wrapper.toFile().setExecutable(true)).isTrue();
        String path = bin + ":" + System.getenv("PATH");

        List<CompletableFuture<ExternalTool.Result>> launches = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            launches.add(CompletableFuture.supplyAsync(() -> ExternalTool.run(project,
                    List.of("env", "PATH=" + path, "bash", "plan", "--version"))));
        }
        for (CompletableFuture<ExternalTool.Result> launch : launches) {
            ExternalTool.Result r = launch.get();
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("plan");
        }
        List<String> builds = Files.readAllLines(runs);
        assertThat(builds).as("Maven runs").hasSize(1);
        assertThat(builds.get(0)).contains("-Dmaven.test.skip=true");
        assertThat(project.resolve("target/plan.jar")).isRegularFile();
        assertThat(project.resolve("target/test-classes")).doesNotExist();
        // Both start-up caches, the build's and the check's, made at first use (.aot from JDK 25, .jsa before).
        for (String cache : List.of("plan", "plan-check")) {
            assertThat(Stream.of(".aot", ".jsa").map(s -> project.resolve("target/" + cache + s)))
                    .as(cache).anyMatch(Files::isRegularFile);
        }

        // Later uses find the jar current: no build at all.
        ExternalTool.Result third = ExternalTool.run(project, List.of("env", "PATH=" + path, "bash", "plan", "--version"));
        assertThat(third.exit()).as(third.err()).isZero();
        assertThat(Files.readAllLines(runs)).hasSize(1);
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
