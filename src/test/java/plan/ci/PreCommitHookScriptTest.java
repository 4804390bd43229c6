package plan.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.ExternalTool;

/**
 * Issue 27, item 14: the pre-commit hook's script (ci/pre-commit-hook.sh) run as pre-commit runs
 * it, in a git repository, through the real git: paths git quotes (a quote, a backslash, a
 * control character) were skipped, so a broken plan passed; a top-level {@code -x.plan.yaml}
 * read as an option.
 */
@Tag("slow") // the hook script runs the launcher in git repositories
class PreCommitHookScriptTest {
    @TempDir
    Path temp;

    @Test
    void aBrokenPlanInAFolderGitQuotesFailsTheHook() throws IOException {
        Path repo = repo();
        for (String folder : List.of("we\"ird", "back\\slash", "tab\there")) {
            Path dir = Files.createDirectories(repo.resolve(folder));
            Files.copy(Path.of("examples/broken.plan.yaml"), dir.resolve("broken.plan.yaml"));
            git(repo, "add", "-A");
            ExternalTool.Result r = hook(repo);
            assertThat(r.exit()).as(folder + ": " + r.err()).isEqualTo(1);
            // A control character is shown as its picture (U+2409 for a tab), never raw.
            assertThat(r.out() + r.err()).as(folder).contains(folder.replace('\t', '\u2409') + "/broken.plan.yaml:7:1: error[unknown-key]");
            git(repo, "rm", "-rq", "--cached", folder);
            deleteTree(repo.resolve(folder));
        }
    }

    @Test
    void aTopLevelPlanNamedLikeAnOptionIsChecked() throws IOException {
        Path repo = repo();
        // The id a file name gives must start with a letter: this plan names its own.
        Files.writeString(repo.resolve("-x.plan.yaml"), "id: dash-x\n" + Files.readString(Path.of("examples/minimal.plan.yaml")));
        git(repo, "add", "--", "-x.plan.yaml");
        ExternalTool.Result valid = hook(repo);
        assertThat(valid.exit()).as(valid.err()).isZero();
        Files.writeString(repo.resolve("-x.plan.yaml"), "organisation: x\n");
        git(repo, "add", "-A");
        ExternalTool.Result broken = hook(repo);
        assertThat(broken.exit()).as(broken.err()).isEqualTo(1);
    }

    private Path repo() throws IOException {
        Path repo = Files.createDirectories(temp.resolve("repo"));
        git(repo, "init", "-q");
        return repo;
    }

    private ExternalTool.Result hook(Path repo) {
        Path launcher = TestLauncher.write(temp);
        return ExternalTool.run(repo, List.of("env", "PLAN_LAUNCHER=" + launcher, "LC_ALL=C.UTF-8", "bash",
                Path.of("ci/pre-commit-hook.sh").toAbsolutePath().toString()));
    }

    private static void git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t"));
        command.addAll(List.of(args));
        ExternalTool.Result r = ExternalTool.run(dir, command);
        assertThat(r.exit()).as(String.join(" ", command) + ": " + r.err()).isZero();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
