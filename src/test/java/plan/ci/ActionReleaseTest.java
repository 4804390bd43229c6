package plan.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action used at a tag installs that tag's release instead of building plan: the
 * files come from the GitHub CLI (here a stand-in serving the release files mvn verify made),
 * are checked against the release's SHA256SUMS, and the installed launcher runs the build.
 */
@Tag("release") // needs target/release/ of mvn verify
class ActionReleaseTest {
    private static final Path RELEASE = Path.of("target", "release").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void atATagTheReleaseIsInstalledCheckedAndRun() throws Exception {
        String version = version();
        ActionRunner runner = runner(Map.of("v" + version, RELEASE));
        runner.github("action_ref", "v" + version);
        runner.withoutTestLauncher();
        ActionRunner.Result r = runner.run(Map.of("command", "build", "paths", "plans"));
        assertThat(r.exit()).as(r.log()).isZero();
        assertThat(r.log()).contains("installed release v" + version + " (plan-" + version + "-linux-x64.tar.gz)");
        assertThat(r.outputs().get("launcher")).endsWith("plan-release/plan-" + version + "/bin/plan");
        Path site = temp.resolve("workspace/site");
        for (String name : new String[] {"index.html", "minimal.html", "minimal.pdf"}) {
            assertThat(site.resolve(name)).as(name).isRegularFile();
        }
    }

    @Test
    void aReleaseFileThatDoesNotMatchItsChecksumsIsNeverRun() throws Exception {
        String version = version();
        Path tampered = Files.createDirectories(temp.resolve("tampered"));
        for (String name : new String[] {"SHA256SUMS", "plan-" + version + "-linux-x64.tar.gz"}) {
            Files.copy(RELEASE.resolve(name), tampered.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.write(tampered.resolve("plan-" + version + "-linux-x64.tar.gz"), new byte[] {0}, StandardOpenOption.APPEND);
        ActionRunner runner = runner(Map.of("v" + version, tampered));
        runner.github("action_ref", "v" + version);
        runner.withoutTestLauncher();
        ActionRunner.Result r = runner.run(Map.of("command", "build", "paths", "plans"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.log()).contains("does not match its SHA256SUMS: it is not run");
        assertThat(temp.resolve("workspace/site")).doesNotExist();
    }

    /** A branch, a commit or a tag without a release: plan builds itself from the action's sources, as before. */
    @Test
    void aRefWithoutAReleaseBuildsFromSource() throws Exception {
        for (String ref : new String[] {"main", "v9.9.9"}) {
            ActionRunner runner = runner(Map.of());
            runner.github("action_ref", ref);
            ActionRunner.Result r = runner.run(Map.of("command", "check", "paths", "plans"));
            assertThat(r.exit()).as(r.log()).isZero();
            assertThat(r.log()).as(ref).containsAnyOf("names no release: plan builds itself",
                    "no release v9.9.9 of ORG/plan to install");
            assertThat(r.outputs().get("launcher")).as("the tests' stand-in for ./plan").doesNotContain("plan-release");
        }
    }

    /** The runner for a workspace holding one plan, with a `gh` that serves {@code releases} (tag to folder). */
    private ActionRunner runner(Map<String, Path> releases) throws IOException {
        Path workspace = Files.createDirectories(temp.resolve("workspace"));
        Files.createDirectories(workspace.resolve("plans"));
        Files.copy(Path.of("examples/minimal.plan.yaml"), workspace.resolve("plans/minimal.plan.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        Path bin = Files.createDirectories(temp.resolve("bin"));
        StringBuilder cases = new StringBuilder();
        releases.forEach((tag, folder) -> cases.append("  ").append(tag).append(") from='").append(folder).append("' ;;\n"));
        // gh release download TAG --repo R --pattern P... --dir D, as the GitHub CLI takes it.
        Path gh = Files.writeString(bin.resolve("gh"), """
                #!/usr/bin/env bash
                set -eu
                [ "$1 $2" = "release download" ] || exit 2
                tag="$3"; shift 3; dir=.; patterns=()
                while [ $# -gt 0 ]; do
                  case "$1" in --repo) shift 2 ;; --pattern) patterns+=("$2"); shift 2 ;; --dir) dir="$2"; shift 2 ;; *) exit 2 ;; esac
                done
                case "$tag" in
                %s  *) echo "release not found" >&2; exit 1 ;;
                esac
                for p in "${patterns[@]}"; do cp "$from/$p" "$dir/"; done
                """.formatted(cases));
        Files.setPosixFilePermissions(gh, PosixFilePermissions.fromString("rwxr-xr-x"));
        ActionRunner runner = new ActionRunner(workspace, temp.resolve("runner"));
        runner.github("action_repository", "ORG/plan");
        runner.env("PATH", bin + ":" + System.getenv("PATH"));
        return runner;
    }

    private static String version() throws IOException {
        Matcher v = Pattern.compile("<version>([^<]+)</version>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(v.find()).isTrue();
        return v.group(1);
    }
}
