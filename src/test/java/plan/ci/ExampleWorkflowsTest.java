package plan.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * The CI examples (examples/ci) parse, use only actions that exist, each pinned to a major
 * version, call this repository's action with inputs it declares and read outputs it declares,
 * and run plan with options it accepts.
 */
class ExampleWorkflowsTest {
    private static final Path EXAMPLES = Path.of("examples/ci");
    /** Actions known to exist (the examples pin each by a commit, the version in a comment). */
    private static final Set<String> ACTIONS = Set.of(
            "actions/checkout",
            "actions/configure-pages",
            "actions/upload-pages-artifact",
            "actions/deploy-pages",
            "actions/upload-artifact",
            "actions/download-artifact",
            "actions/github-script",
            "github/codeql-action/upload-sarif");
    /** A third-party step: the action, a full commit and a version comment (tags move; commits do not). */
    private static final Pattern PINNED = Pattern.compile("([\\w.-]+/[\\w./-]+)@([0-9a-f]{40}) # (v\\d+\\.\\d+\\.\\d+)");
    /** How the examples name this repository's action (a user puts where they keep plan). */
    private static final String THIS_ACTION = "ORG/plan@" + ReleaseTag.ofPom();
    /** Where the examples and the docs name a ref of plan: the action, pre-commit's rev, GitLab's PLAN_REF. */
    private static final Pattern PLAN_REF = Pattern.compile("ORG/plan@([\\w.-]+)|\\brev: *([\\w.-]+)|PLAN_REF: *([\\w.-]+)");

    @TempDir
    Path temp;

    @Test
    void theExamplesAreThere() throws IOException {
        assertThat(files("yml")).extracting(p -> p.getFileName().toString())
                .contains("github-pull-request.yml", "github-pages.yml", "github-shards.yml", "gitlab-ci.yml");
    }

    @Test
    @SuppressWarnings("unchecked")
    void githubWorkflowsUseExistingActionsAndThePlanActionsInputs() throws IOException {
        Map<String, Object> action = ActionRunner.load(Path.of("action.yml"));
        Set<String> inputs = ((Map<String, Object>) action.get("inputs")).keySet();
        Set<String> outputs = ((Map<String, Object>) action.get("outputs")).keySet();
        List<String> used = new ArrayList<>();
        for (Path workflow : githubWorkflows()) {
            Map<String, Object> w = ActionRunner.load(workflow);
            assertThat(w).as(workflow + " has triggers and jobs").containsKey("jobs");
            assertThat(w.containsKey("on") || w.containsKey(true)).as(workflow + " has triggers").isTrue();
            for (Object jobValue : ((Map<String, Object>) w.get("jobs")).values()) {
                Map<String, Object> job = (Map<String, Object>) jobValue;
                assertThat(job).as(workflow + ": a job names its runner").containsKey("runs-on");
                for (Map<String, Object> step : (List<Map<String, Object>>) job.get("steps")) {
                    assertThat(step.containsKey("uses") ^ step.containsKey("run")).as(workflow + ": " + step).isTrue();
                    if (!step.containsKey("uses")) {
                        continue;
                    }
                    String uses = String.valueOf(step.get("uses"));
                    if (uses.equals(THIS_ACTION)) {
                        used.add(uses);
                        Map<String, Object> with = (Map<String, Object>) step.getOrDefault("with", Map.of());
                        assertThat(inputs).as(workflow + ": inputs of action.yml").containsAll(with.keySet());
                        assertThat(with).as(workflow + ": messages in Thai").containsEntry("lang", "th");
                    } else {
                        assertThat(uses).as(workflow + ": an action that exists, pinned by a commit")
                                .matches("[\\w.-]+/[\\w./-]+@[0-9a-f]{40}");
                        String name = uses.substring(0, uses.indexOf('@'));
                        assertThat(ACTIONS).as(workflow + ": an action that exists").contains(name);
                        used.add(name);
                    }
                }
            }
            Matcher read = Pattern.compile("steps\\.plan\\.outputs\\.([\\w-]+)").matcher(Files.readString(workflow));
            while (read.find()) {
                assertThat(outputs).as(workflow + ": outputs of action.yml").contains(read.group(1));
            }
        }
        assertThat(used).contains(THIS_ACTION, "github/codeql-action/upload-sarif", "actions/upload-pages-artifact",
                "actions/deploy-pages");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theActionItselfUsesOnlyExistingActions() {
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>)
                ActionRunner.load(Path.of("action.yml")).get("runs")).get("steps");
        List<String> uses = steps.stream().filter(s -> s.containsKey("uses")).map(s -> String.valueOf(s.get("uses"))).toList();
        // Pinned by commit (the version in a comment beside each): a tag can be moved, a commit cannot.
        assertThat(uses).containsExactly("actions/setup-java@dded0888837ed1f317902acf8a20df0ad188d165",
                "actions/cache@27d5ce7f107fe9357f9df03efb73ab90386fccae",
                "actions/cache@27d5ce7f107fe9357f9df03efb73ab90386fccae");
        assertThat(uses).allMatch(u -> u.matches("[\\w./-]+@[0-9a-f]{40}"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void gitlabPipelineReportsCodeQualityAndPublishesPages() {
        Map<String, Object> ci = ActionRunner.load(EXAMPLES.resolve("gitlab-ci.yml"));
        Map<String, Object> check = (Map<String, Object>) ci.get("plan-check");
        assertThat(String.valueOf(check.get("script"))).contains("--format gitlab");
        String report = String.valueOf(((Map<String, Object>) ((Map<String, Object>) check.get("artifacts")).get("reports")).get("codequality"));
        assertThat(String.valueOf(check.get("script"))).contains("> " + report);
        Map<String, Object> pages = (Map<String, Object>) ci.get("pages");
        assertThat(String.valueOf(((Map<String, Object>) pages.get("artifacts")).get("paths"))).isEqualTo("[public]");
        assertThat(String.valueOf(pages.get("script"))).contains("publish-site.sh .plan-build public");
        for (String job : List.of("plan-check", "pages")) {
            assertThat((List<String>) ci.get("stages")).contains(String.valueOf(((Map<String, Object>) ci.get(job)).get("stage")));
        }
    }

    /**
     * The pull-request workflow's diff step, run on a repository where plans were added, changed,
     * renamed and removed, with a stand-in for {@code plan diff} that shows how it was called
     * (plan diff is another issue's; the step follows its contract: OLD as REV:PATH, NEW, markdown).
     */
    @Test
    @SuppressWarnings("unchecked")
    void theDiffStepComparesEachChangedPlanWithTheBaseBranch() throws Exception {
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) ActionRunner
                .load(EXAMPLES.resolve("github-pull-request.yml")).get("jobs")).get("check");
        String script = ((List<Map<String, Object>>) job.get("steps")).stream()
                .filter(step -> "What changed in each plan".equals(step.get("name")))
                .map(step -> String.valueOf(step.get("run"))).findFirst().orElseThrow();

        Path repo = Files.createDirectories(temp.resolve("repo/plans"));
        git(repo.getParent(), "init", "-q", "-b", "base");
        for (String name : List.of("kept", "changed", "old-name", "gone")) {
            Files.writeString(repo.resolve(name + ".plan.yaml"), "title: " + name + "\nid: " + name + "\n" + "x\n".repeat(20));
        }
        git(repo.getParent(), "add", "-A");
        git(repo.getParent(), "commit", "-qm", "base");
        git(repo.getParent(), "checkout", "-qb", "change");
        Files.writeString(repo.resolve("changed.plan.yaml"), "title: changed again\n", java.nio.file.StandardOpenOption.APPEND);
        git(repo.getParent(), "mv", "plans/old-name.plan.yaml", "plans/new-name.plan.yaml");
        git(repo.getParent(), "rm", "-q", "plans/gone.plan.yaml");
        Files.writeString(repo.resolve("added.plan.yaml"), "title: added\n");
        Files.writeString(repo.resolve("notes.txt"), "not a plan\n");
        git(repo.getParent(), "add", "-A");
        git(repo.getParent(), "commit", "-qm", "change");

        Path stub = temp.resolve("plan-stub");
        Files.writeString(stub, "#!/usr/bin/env bash\necho \"plan $*\"\n");
        stub.toFile().setExecutable(true);
        Path runnerTemp = Files.createDirectories(temp.resolve("runner-temp"));
        Path summary = Files.writeString(temp.resolve("summary.md"), "");
        Path file = Files.writeString(temp.resolve("step.sh"), script);
        ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", file.toString())
                .directory(repo.getParent().toFile()).redirectErrorStream(true);
        pb.environment().putAll(Map.of("PLAN", stub.toString(), "BASE", "base", "RUNNER_TEMP", runnerTemp.toString(),
                "GITHUB_STEP_SUMMARY", summary.toString()));
        Process p = pb.start();
        String printed = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(printed).isZero();

        String comment = Files.readString(runnerTemp.resolve("plan-diff.md"));
        assertThat(comment).startsWith("<!-- plan-diff -->")
                .contains("### `plans/added.plan.yaml` (new plan)")
                .contains("### `plans/gone.plan.yaml` (removed)")
                .contains("plan diff base:plans/changed.plan.yaml plans/changed.plan.yaml --format markdown")
                .contains("plan diff base:plans/old-name.plan.yaml plans/new-name.plan.yaml --format markdown")
                .doesNotContain("kept").doesNotContain("notes.txt");
        assertThat(Files.readString(summary)).isEqualTo(comment);
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
    }

    /** Issue 27, item 22: every example that publishes a site leaves the index's check status out. */
    @Test
    @SuppressWarnings("unchecked")
    void publishingExamplesLeaveTheCheckStatusOut() throws IOException {
        int builds = 0;
        for (Path workflow : githubWorkflows()) {
            for (Object job : ((Map<String, Object>) ActionRunner.load(workflow).get("jobs")).values()) {
                for (Map<String, Object> step : (List<Map<String, Object>>) ((Map<String, Object>) job).get("steps")) {
                    Map<String, Object> with = (Map<String, Object>) step.getOrDefault("with", Map.of());
                    if (String.valueOf(step.get("uses")).equals(THIS_ACTION) && "build".equals(with.get("command"))) {
                        assertThat(with.get("check-status")).as(workflow + ": " + step).isEqualTo(false);
                        builds++;
                    }
                }
            }
        }
        assertThat(builds).isEqualTo(2);
        assertThat(Files.readString(EXAMPLES.resolve("gitlab-ci.yml"))).containsPattern("plan build [^\\n]*--no-check-status");
    }

    /** Every `plan check` and `plan build` line of the examples is accepted (no usage error). */
    @Test
    void planCommandsInTheExamplesAreAccepted() throws IOException {
        Pattern call = Pattern.compile("(?:\\.plan-tool/plan|\"\\$PLAN\") (check|build) ([^\\n|>]*)");
        int seen = 0;
        for (Path example : files("yml")) {
            Matcher m = call.matcher(Files.readString(example));
            while (m.find()) {
                String args = m.group(2).strip().replace("$PLANS", "examples/minimal.plan.yaml")
                        .replace(".plan-build", temp.resolve("out").toString());
                List<String> argv = new ArrayList<>(List.of(m.group(1)));
                argv.addAll(List.of(args.split("\\s+")));
                if (m.group(1).equals("build")) {
                    argv.addAll(List.of("--format", "md"));
                }
                Cli.Result r = Cli.run(argv.toArray(String[]::new));
                assertThat(r.exitCode()).as(example + ": plan " + String.join(" ", argv) + "\n" + r.err()).isZero();
                seen++;
            }
        }
        assertThat(seen).isGreaterThanOrEqualTo(3);
    }

    /** Every third-party uses: line, in the examples and the docs' snippets, names a commit and its version. */
    @Test
    void everyThirdPartyActionIsPinnedByACommitWithItsVersion() throws IOException {
        Pattern usesLine = Pattern.compile("uses: *([^\\s#]+)(.*)");
        int pinned = 0;
        for (Path file : examplesAndDocs()) {
            Matcher m = usesLine.matcher(Files.readString(file));
            while (m.find()) {
                if (m.group(1).startsWith("ORG/plan@")) {
                    continue;
                }
                assertThat(m.group(1) + m.group(2)).as(file + ": pinned by a full commit, its version in a comment")
                        .matches(PINNED.pattern() + "\\b.*");
                pinned++;
            }
        }
        assertThat(pinned).isGreaterThanOrEqualTo(10);
    }

    /** The examples and the docs name a release of plan that exists: the pom's version, as its tag. */
    @Test
    void everyRefOfPlanIsTheReleasedVersion() throws IOException {
        int refs = 0;
        for (Path file : examplesAndDocs()) {
            Matcher m = PLAN_REF.matcher(Files.readString(file));
            while (m.find()) {
                String ref = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                assertThat(ref).as(file + ": " + m.group()).isEqualTo(ReleaseTag.ofPom());
                refs++;
            }
        }
        assertThat(refs).as("refs in the examples and the docs").isGreaterThanOrEqualTo(7);
    }

    /** upload-sarif needs to read the run and write security events; nothing else is asked for. */
    @Test
    @SuppressWarnings("unchecked")
    void workflowsUploadingSarifHaveItsPermissions() throws IOException {
        for (Path workflow : githubWorkflows()) {
            if (!Files.readString(workflow).contains("upload-sarif@")) {
                continue;
            }
            Map<String, Object> permissions = (Map<String, Object>) ActionRunner.load(workflow).get("permissions");
            assertThat(permissions).as(workflow + ": permissions")
                    .containsEntry("contents", "read").containsEntry("security-events", "write").containsEntry("actions", "read");
        }
    }

    private static List<Path> examplesAndDocs() throws IOException {
        List<Path> all = new ArrayList<>(files("yml"));
        all.addAll(List.of(Path.of("README.md"), Path.of("docs/usage.md")));
        return all;
    }

    private static List<Path> githubWorkflows() throws IOException {
        return files("yml").stream().filter(p -> p.getFileName().toString().startsWith("github-")).toList();
    }

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            return list.filter(p -> p.toString().endsWith("." + extension)).sorted().toList();
        }
    }
}
