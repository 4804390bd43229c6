package plan.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real pre-commit (Debian's package) with this repository as a hook repository, configured
 * as README.md tells a user to. pre-commit clones the hook repository at a commit: the test
 * commits the hook's files as they are in the working tree into a local repository and points
 * the configuration at that path and commit.
 */
@Tag("ci") // needs Debian's pre-commit, installed by test-tools before the tagged tests
class PreCommitTest {
    /** What the hook needs of this repository: the manifest, its entry script and the launcher. */
    private static final List<String> HOOK_FILES = List.of(".pre-commit-hooks.yaml", "ci/pre-commit-hook.sh", "plan");

    @TempDir
    Path temp;

    record Run(int exit, String out) {
    }

    @Test
    void aValidPlanPassesAndABrokenOneFailsWithItsDiagnostic() throws Exception {
        Path hooks = hookRepository();
        String commit = git(hooks, "rev-parse", "HEAD").out().strip();
        Path project = Files.createDirectories(temp.resolve("project"));
        git(project, "init", "-q");
        Files.createDirectories(project.resolve("plans/schools"));
        Files.copy(Path.of("examples/minimal.plan.yaml"), project.resolve("plans/schools/minimal.plan.yaml"));
        Files.writeString(project.resolve(".pre-commit-config.yaml"), readmeConfig(hooks, commit));
        git(project, "add", "-A");

        Run passed = preCommit(project, "run", "--all-files");
        assertThat(passed.exit()).as(passed.out()).isZero();
        assertThat(passed.out()).containsPattern("plan check\\.+Passed");

        Files.copy(Path.of("examples/broken.plan.yaml"), project.resolve("plans/broken.plan.yaml"));
        git(project, "add", "-A");
        Run failed = preCommit(project, "run", "--all-files");
        assertThat(failed.exit()).as(failed.out()).isEqualTo(1);
        assertThat(failed.out()).containsPattern("plan check\\.+Failed")
                .contains("plans/broken.plan.yaml:7:1: error[unknown-key]: unknown key `organisation`")
                .doesNotContain("./plans/");
        // Once installed as the repository's git hook, committing runs the same check and is refused.
        assertThat(preCommit(project, "install").exit()).isZero();
        Run commit2 = run(project, List.of("git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "broken"));
        assertThat(commit2.exit()).as(commit2.out()).isNotZero();
        assertThat(commit2.out()).contains("error[unknown-key]");
    }

    @Test
    void theHookRunsOnlyWhenAPlanFileChanged() throws Exception {
        Path hooks = hookRepository();
        Path project = Files.createDirectories(temp.resolve("project"));
        git(project, "init", "-q");
        Files.writeString(project.resolve("notes.txt"), "no plan here\n");
        Files.writeString(project.resolve(".pre-commit-config.yaml"),
                readmeConfig(hooks, git(hooks, "rev-parse", "HEAD").out().strip()));
        git(project, "add", "-A");
        Run r = preCommit(project, "run", "--all-files");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).containsPattern("plan check\\.+\\(no files to check\\)Skipped");
    }

    /** The hook's files as they are now, committed into a repository of their own. */
    private Path hookRepository() throws IOException, InterruptedException {
        Path hooks = Files.createDirectories(temp.resolve("hooks"));
        for (String file : HOOK_FILES) {
            Path target = hooks.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(Path.of(file), target);
            assertThat(Files.isExecutable(target) || file.endsWith(".yaml")).as(file + " is executable").isTrue();
        }
        git(hooks, "init", "-q");
        git(hooks, "add", "-A");
        git(hooks, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "hooks");
        return hooks;
    }

    /** README's .pre-commit-config.yaml, pointed at the local hook repository. */
    private static String readmeConfig(Path hooks, String commit) throws IOException {
        Matcher block = Pattern.compile("```yaml\n(repos:\n.*?id: plan-check.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("README.md")));
        assertThat(block.find()).as("README shows a .pre-commit-config.yaml with the plan-check hook").isTrue();
        String config = block.group(1)
                .replaceFirst("(?m)^(\\s*- repo:) \\S+.*$", "$1 " + Matcher.quoteReplacement(hooks.toString()))
                .replaceFirst("(?m)^(\\s*rev:) \\S+.*$", "$1 " + commit);
        assertThat(config).contains("repo: " + hooks).contains("rev: " + commit);
        return config;
    }

    private Run preCommit(Path project, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pre-commit"));
        command.addAll(List.of(args));
        return run(project, command);
    }

    private Run git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Run r = run(dir, command);
        assertThat(r.exit()).as(String.join(" ", command) + ": " + r.out()).isZero();
        return r;
    }

    private Run run(Path dir, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("PRE_COMMIT_HOME", temp.resolve("pre-commit-home").toString()); // its clone cache
        env.put("PLAN_LAUNCHER", TestLauncher.write(temp).toString());
        env.put("PRE_COMMIT_COLOR", "never");
        env.remove("GIT_DIR");
        env.remove("GIT_WORK_TREE");
        env.remove("GIT_INDEX_FILE");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command) + " finished").isTrue();
        return new Run(p.exitValue(), out);
    }
}
