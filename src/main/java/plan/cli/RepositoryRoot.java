package plan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The folder CI services name files from: GitLab's {@code CI_PROJECT_DIR} when set, else the git
 * work tree's top level, else none (then paths are reported as given).
 */
final class RepositoryRoot {
    private RepositoryRoot() {
    }

    static Path of(Map<String, String> env, Path workingDir) {
        String project = env.get("CI_PROJECT_DIR");
        if (project != null && !project.isBlank()) {
            return Path.of(project).toAbsolutePath().normalize();
        }
        return gitTopLevel(workingDir);
    }

    private static Path gitTopLevel(Path workingDir) {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--show-toplevel").directory(workingDir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!git.waitFor(10, TimeUnit.SECONDS) || git.exitValue() != 0 || out.isEmpty()) {
                return null;
            }
            return Path.of(out);
        } catch (IOException e) {
            return null; // no git: paths stay as given
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
