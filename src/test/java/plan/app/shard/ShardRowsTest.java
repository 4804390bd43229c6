package plan.app.shard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.cache.BuildState;
import plan.testing.Cli;

/**
 * The index rows a sharded build keeps beside its keys (a plan's row, a results report's latest
 * line) travel in the shards' manifests into the merged site's record: a later build into the
 * merged site finds every plan current and writes the index the merge wrote. Through
 * {@code plan build --shard} and {@code plan merge}, as a user runs them.
 */
class ShardRowsTest {
    @TempDir
    Path dir;

    @Test
    void theMergedRecordHoldsTheRowsOfEveryShard() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        for (String f : new String[] {"minimal.plan.yaml", "full.plan.yaml", "action-plan.plan.yaml",
                "action-plan-q2.results.yaml", "action-plan-year-end.results.yaml"}) {
            Files.copy(Path.of("examples", f), src.resolve(f));
        }
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        run("build", src.toString(), "--out", one.toString(), "--format", "md,html", "--shard", "1/2");
        run("build", src.toString(), "--out", two.toString(), "--format", "md,html", "--shard", "2/2");
        String manifests = Files.readString(one.resolve(ShardManifest.FILE)) + Files.readString(two.resolve(ShardManifest.FILE));
        assertThat(manifests).contains("row\tminimal\t").contains("row\taction-plan-year-end\t");

        Path site = dir.resolve("site");
        run("merge", site.toString(), one.toString(), two.toString());
        String merged = Files.readString(site.resolve("index.html"));
        assertThat(merged).contains("class=\"latest-results\"");
        for (String id : new String[] {"minimal", "full-example", "action-plan", "action-plan-year-end"}) {
            assertThat(plan.testing.BuildRecords.of(site, id)).contains("\nrow ");
        }
        assertThat(plan.testing.BuildRecords.of(site, "action-plan-year-end"))
                .contains("row " + latestLine(merged) + "\n");

        Cli.Result again = run("build", src.toString(), "--out", site.toString(), "--format", "md,html");
        assertThat(again.err()).contains("3 up to date");
        assertThat(Files.readString(site.resolve("index.html"))).as("made from the merged record").isEqualTo(merged);
    }

    private static Cli.Result run(String... args) {
        Cli.Result r = Cli.run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r;
    }

    private static String latestLine(String index) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<span class=\"latest-results\"><a href=\"[^\"]+\">([^<]+)</a>").matcher(index);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
