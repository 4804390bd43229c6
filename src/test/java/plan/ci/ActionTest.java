package plan.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/** The GitHub Action (action.yml, ci/action.sh) run as a runner runs it. */
@Tag("ci") // runs plan in separate processes; the SARIF schema and Ajv come from npm
class ActionTest {
    @TempDir
    Path temp;

    private Path workspace() throws IOException {
        Path workspace = Files.createDirectories(temp.resolve("workspace"));
        Files.createDirectories(workspace.resolve("plans"));
        Files.copy(Path.of("examples/minimal.plan.yaml"), workspace.resolve("plans/minimal.plan.yaml"));
        return workspace;
    }

    @Test
    void buildLeavesTheSiteAloneInOut() throws Exception {
        Path workspace = workspace();
        ActionRunner.Result r = new ActionRunner(workspace, temp).run(Map.of("command", "build", "paths", "plans"));

        assertThat(r.exit()).as(r.log()).isZero();
        assertThat(r.skipped()).containsExactly("actions/setup-java@dded0888837ed1f317902acf8a20df0ad188d165",
                "actions/cache@27d5ce7f107fe9357f9df03efb73ab90386fccae",
                "actions/cache@27d5ce7f107fe9357f9df03efb73ab90386fccae");
        Path site = workspace.resolve("site");
        assertThat(r.outputs().get("site")).isEqualTo(site.toRealPath().toString());
        for (String name : List.of("index.html", "minimal.md", "minimal.html", "minimal.pdf", "assets/plan.css")) {
            assertThat(site.resolve(name)).as(name).isRegularFile();
        }
        try (Stream<Path> all = Files.walk(site)) {
            assertThat(all.map(p -> site.relativize(p).toString()).filter(n -> n.startsWith(".") || n.contains("/.")))
                    .as("build state (cache, lock, staging) is not published").isEmpty();
        }
        // The state stayed in the user's cache folder, out of the published folder.
        assertThat(plan.cache.BuildState.of(temp.resolve("runner-temp/plan-action/build"))).isDirectory();
        assertThat(r.summary()).contains("### plan build").contains("| 0 | 0 | 0 |")
                .contains("plan: rendered 1 plan(s) into site");
        assertThat(SarifSchema.validate(Path.of(r.outputs().get("sarif"))).valid()).isTrue();
    }

    /** Issue 27, item 22: the input check-status: false leaves the plans' check status off the published index. */
    @Test
    void checkStatusFalseLeavesTheStatusOffTheIndex() throws Exception {
        Path workspace = workspace();
        ActionRunner.Result r = new ActionRunner(workspace, temp).run(Map.of("command", "build", "paths", "plans",
                "formats", "html", "check-status", "false"));
        assertThat(r.exit()).as(r.log()).isZero();
        assertThat(Files.readString(workspace.resolve("site/index.html"))).contains("minimal.html")
                .doesNotContain("ผลการตรวจ").doesNotContain("status-");
        ActionRunner.Result wrong = new ActionRunner(workspace, temp).run(Map.of("command", "build", "check-status", "no"));
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.log()).contains("check-status must be true or false");
    }

    @Test
    void checkOfABrokenPlanFailsWithAnnotationsSarifAndSummary() throws Exception {
        Path workspace = workspace();
        Files.copy(Path.of("examples/broken.plan.yaml"), workspace.resolve("plans/broken.plan.yaml"));
        // A key that would break a Markdown table or inject HTML into the summary.
        Files.writeString(workspace.resolve("plans/hostile.plan.yaml"),
                Files.readString(Path.of("examples/minimal.plan.yaml")) + "\"a|b<img src=x>\": 1\n");

        ActionRunner.Result r = new ActionRunner(workspace, temp).run(Map.of("command", "check", "lang", "en"));

        assertThat(r.exit()).as(r.log()).isEqualTo(1);
        // The default path is `.`: annotations still name files as the repository does.
        assertThat(r.log()).containsPattern("(?m)^::error file=plans/broken\\.plan\\.yaml,line=7,col=1,title=unknown-key::unknown key `organisation`");
        assertThat(workspace.resolve("site")).doesNotExist();

        JsonNode expected = new ObjectMapper().readTree(Cli.run("check", "--format", "json", "--lang", "en",
                workspace.resolve("plans").toString()).out());
        long errors = expected.findValuesAsText("severity").stream().filter("error"::equals).count();
        long warnings = expected.findValuesAsText("severity").stream().filter("warning"::equals).count();
        long notes = expected.findValuesAsText("severity").stream().filter("note"::equals).count();
        assertThat(r.outputs()).containsEntry("errors", String.valueOf(errors)).containsEntry("warnings", String.valueOf(warnings));
        assertThat(errors).isGreaterThan(10);

        Path sarif = Path.of(r.outputs().get("sarif"));
        SarifSchema.Verdict verdict = SarifSchema.validate(sarif);
        assertThat(verdict.valid()).as(verdict.report()).isTrue();
        JsonNode results = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results");
        assertThat(results.size()).isEqualTo(expected.size());
        assertThat(results.findValuesAsText("uri")).contains("plans/broken.plan.yaml");

        assertThat(r.summary()).contains("### plan check")
                .contains("| " + errors + " | " + warnings + " | " + notes + " |")
                .contains("| error | plans/broken.plan.yaml | 7 | unknown-key | unknown key `organisation` — did you mean `organization`? |")
                .contains("unknown key `a\\|b&lt;img src=x&gt;`")
                .doesNotContain("<img");
    }

    @Test
    void shardsBuiltByTheActionMergeIntoTheSite() throws Exception {
        Path workspace = workspace();
        Files.copy(Path.of("examples/full.plan.yaml"), workspace.resolve("plans/full.plan.yaml"));
        for (int k = 1; k <= 2; k++) {
            ActionRunner.Result r = new ActionRunner(workspace, temp.resolve("runner-" + k)).run(Map.of("command", "build",
                    "paths", "plans", "formats", "md,html", "shard", k + "/2", "out", "shards/shard-" + k));
            assertThat(r.exit()).as(r.log()).isZero();
            assertThat(workspace.resolve("shards/shard-" + k + "/plan-shard.txt")).as("what the merge needs is kept").isRegularFile();
            assertThat(r.summary()).contains("(shard " + k + "/2)");
        }
        ActionRunner.Result merged = new ActionRunner(workspace, temp.resolve("runner-merge")).run(Map.of("command", "merge",
                "paths", "shards/shard-1\nshards/shard-2", "out", "site"));
        assertThat(merged.exit()).as(merged.log()).isZero();
        assertThat(merged.outputs().get("sarif")).as("merge checks nothing").isEmpty();
        Path site = workspace.resolve("site");
        for (String name : List.of("index.html", "minimal.md", "minimal.html", "full-example.html", "assets/plan.css")) {
            assertThat(site.resolve(name)).as(name).isRegularFile();
        }
        assertThat(site.resolve("plan-shard.txt")).doesNotExist();
        assertThat(merged.summary()).contains("### plan merge").contains("merged 2 shard(s), 2 plan(s) into site");
    }

    @Test
    void anOutFolderHoldingTheWorkspaceIsRefused() throws Exception {
        Path workspace = workspace();
        ActionRunner.Result r = new ActionRunner(workspace, temp).run(Map.of("command", "build", "out", "."));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.log()).contains("::error title=plan::out '.' is the workspace");
        assertThat(workspace.resolve("plans/minimal.plan.yaml")).isRegularFile();
    }

    /** Issue 27, item 3: `out` naming the plans' folder replaced the plans by the site; `/` passed both guards. */
    @Test
    void anOutThatIsHoldsOrLiesInsideAnInputTheRootOrHomeIsRefused() throws Exception {
        Path workspace = workspace();
        Path home = Files.createDirectories(temp.resolve("home"));
        Map<String, String> outs = Map.of("plans", "input path 'plans'", "plans/site", "input path 'plans'",
                "/", "is the workspace, /, $HOME", home.toString(), "is the workspace, /, $HOME",
                "..", "is the workspace, /, $HOME");
        for (Map.Entry<String, String> out : outs.entrySet()) {
            ActionRunner runner = new ActionRunner(workspace, temp.resolve("runner"));
            runner.env("HOME", home.toString());
            ActionRunner.Result r = runner.run(Map.of("command", "build", "paths", "plans", "out", out.getKey()));
            assertThat(r.exit()).as(out.getKey() + ": " + r.log()).isEqualTo(2);
            assertThat(r.log()).as(out.getKey()).contains("::error title=plan::out '" + out.getKey() + "' ")
                    .contains(out.getValue());
            assertThat(workspace.resolve("plans/minimal.plan.yaml")).as(out.getKey()).isRegularFile();
        }
        // A folder of its own that holds a plan file is not replaced either; merge's shard folders are inputs too.
        Files.createDirectories(workspace.resolve("drafts"));
        Files.copy(Path.of("examples/minimal.plan.yaml"), workspace.resolve("drafts/draft.plan.yaml"));
        ActionRunner.Result drafts = new ActionRunner(workspace, temp.resolve("runner")).run(
                Map.of("command", "build", "paths", "plans", "out", "drafts"));
        assertThat(drafts.exit()).isEqualTo(2);
        assertThat(drafts.log()).contains("holds plan files");
        assertThat(workspace.resolve("drafts/draft.plan.yaml")).isRegularFile();
        ActionRunner.Result merge = new ActionRunner(workspace, temp.resolve("runner")).run(
                Map.of("command", "merge", "paths", "shards/shard-1 shards/shard-2", "out", "shards"));
        assertThat(merge.exit()).isEqualTo(2);
        assertThat(merge.log()).contains("input path 'shards/shard-1'");
    }

    @Test
    void anUnknownCommandIsAUsageError() throws Exception {
        ActionRunner.Result r = new ActionRunner(workspace(), temp).run(Map.of("command", "publish"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.log()).contains("::error title=plan::command must be check, build or merge, not 'publish'");
    }

    @Test
    @SuppressWarnings("unchecked")
    void inputsReachTheScriptOnlyAsVariables() {
        // An input pasted into a script would let a plan path such as `$(curl ...)` run as code.
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>)
                ActionRunner.load(ActionRunner.ACTION_DIR.resolve("action.yml")).get("runs")).get("steps");
        assertThat(steps.stream().filter(s -> s.containsKey("run")).map(s -> String.valueOf(s.get("run"))))
                .isNotEmpty().allSatisfy(run -> assertThat(run).doesNotContain("${{"));
    }

    @Test
    void cacheKeysFollowThePomAndTheSources() throws Exception {
        ActionRunner runner = new ActionRunner(workspace(), temp);
        ProcessBuilder pb = new ProcessBuilder("bash", "ci/action.sh", "cache-key").redirectErrorStream(true);
        Process p = pb.start();
        String printed = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).isZero();
        assertThat(printed).containsPattern("(?m)^maven plan-maven-[0-9a-f]{16}$").containsPattern("(?m)^jar plan-jar-[0-9a-f]{16}$");
        assertThat(runner.action().toString()).contains("steps.keys.outputs.maven").contains("steps.keys.outputs.jar");
    }
}
