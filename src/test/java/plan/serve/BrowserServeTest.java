package plan.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import plan.testing.NodeScripts;

/**
 * A plan page open in Chromium follows the plan file: an edit, a break (diagnostics shown) and
 * the repair all show in the page with no navigation by the test (live-edit.mjs saves and waits).
 * Tabs on another plan and on the index are open too: only what changed reloads.
 */
@Tag("browser")
class BrowserServeTest {
    @TempDir
    Path dir;

    @Test
    void thePageFollowsEditsBreaksAndRepairsAndOtherTabsStayUnlessTheyChanged() throws Exception {
        String source = Files.readString(Path.of("examples/minimal.plan.yaml"));
        Path plan = dir.resolve("minimal.plan.yaml");
        Files.writeString(plan, source);
        Files.writeString(dir.resolve("other.plan.yaml"), source);
        List<Map<String, String>> steps = List.of(
                Map.of("text", source.replace(ServeTest.VISION, "วิสัยทัศน์ที่แก้ในเบราว์เซอร์"), "expect", "วิสัยทัศน์ที่แก้ในเบราว์เซอร์"),
                Map.of("text", source + "visoin: typo\n", "expect", "error[unknown-key]"),
                Map.of("text", source, "expect", ServeTest.VISION));
        Path stepsFile = dir.resolve("steps.json");
        new ObjectMapper().writeValue(stepsFile.toFile(), steps);
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        try (LivePreview live = new LivePreview(dir.toString())) {
            String url = live.serve.url().resolve("/minimal.html").toString();
            String other = live.serve.url().resolve("/other.html").toString();
            String index = live.serve.url().resolve("/").toString();
            String json = NodeScripts.run("live-edit.mjs", List.of(url, plan.toAbsolutePath().toString(),
                    stepsFile.toAbsolutePath().toString(), shots.toAbsolutePath().toString(), "--watch", other, "--watch", index));
            JsonNode report = new ObjectMapper().readTree(json);
            assertThat(report.get("errors")).as(json).isEmpty();
            assertThat(report.get("steps")).hasSize(3);
            for (JsonNode step : report.get("steps")) {
                // The page updated itself on the same address: the test never navigated.
                assertThat(step.get("updates").asInt()).as(json).isGreaterThanOrEqualTo(1);
                assertThat(step.get("url").asText()).isEqualTo(url);
                // The tab on the other plan never updates: nothing it shows changed.
                assertThat(step.get("watchedUpdates").get(0).asInt()).as(json).isZero();
            }
            // An edit swaps the page's body in place; the diagnostics page and the way back have
            // their own head (styles), so those reload whole.
            assertThat(report.get("steps").findValues("reloads").stream().map(JsonNode::asInt).toList())
                    .as(json).containsExactly(0, 1, 1);
            // The index shows whether a plan has errors, not its vision: it updates on the break and the repair only.
            assertThat(report.get("steps").findValues("watchedUpdates").stream().map(w -> w.get(1).asInt()).toList())
                    .as(json).containsExactly(0, 1, 1);
        }
    }
}
