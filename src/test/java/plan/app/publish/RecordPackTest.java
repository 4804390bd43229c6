package plan.app.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.app.Build;
import plan.app.BuildOptions;
import plan.app.check.CheckReport;
import plan.app.check.PlanChecker;
import plan.app.check.PlanFiles;
import plan.cache.BuildState;
import plan.load.Limits;
import plan.render.site.OutputFormat;

/** The build's records in one file: what it keeps, what it refuses, and the records of an earlier version. */
class RecordPackTest {
    private static final String TOOL = "test";

    @TempDir
    Path dir;

    @Test
    void keepsEachIdsRecordTextThaiAndLineEndsIncluded() {
        Map<String, String> records = Map.of("minimal", "plan-cache 3\nkey abc\nrow แผน\n",
                "สพป-ศรีสะเกษ-q2", "plan-cache 3\nkey def\n", "empty", "");
        byte[] pack = RecordPack.encode(records);
        assertThat(RecordPack.parse(pack)).isEqualTo(records);
        assertThat(new String(pack, StandardCharsets.UTF_8)).startsWith("plan-records 1\n");
        assertThat(RecordPack.encode(new java.util.TreeMap<>(records))).as("the same bytes whatever the map's order")
                .isEqualTo(pack);
    }

    @Test
    void aPackNotWholeIsNoRecordsAtAll() {
        byte[] pack = RecordPack.encode(Map.of("a", "plan-cache 3\nkey 1\n", "b", "plan-cache 3\nkey 2\n"));
        assertThat(RecordPack.parse(Arrays.copyOf(pack, pack.length - 1))).as("cut short").isEmpty();
        assertThat(RecordPack.parse(Arrays.copyOf(pack, pack.length + 1))).as("a byte too many").isEmpty();
        assertThat(RecordPack.parse("plan-records 2\n".getBytes(StandardCharsets.US_ASCII))).as("another version").isEmpty();
        assertThat(RecordPack.parse("plan-records 1\nx 3\nabc".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        byte[] malformed = RecordPack.encode(Map.of("a", "é"));
        malformed[malformed.length - 1] = (byte) 0xff;
        assertThat(RecordPack.parse(malformed)).as("malformed UTF-8").isEmpty();
    }

    @Test
    void theRecordsOfAnEarlierVersionAreReadThenMovedIntoThePack() throws Exception {
        Path out = dir.resolve("site");
        CheckReport report = new PlanChecker(Limits.DEFAULT).checkAll(PlanFiles.find(List.of("examples/minimal.plan.yaml")));
        BuildOptions options = new BuildOptions(out, java.util.EnumSet.of(OutputFormat.MD), null, false, null, false);
        Build.run(report, options, TOOL, done -> { });
        Path state = BuildState.of(out);
        Map<String, String> records = RecordPack.read(state);
        assertThat(records).containsOnlyKeys("minimal");
        // As an earlier version left it: one file per id, no pack.
        Files.writeString(state.resolve("minimal"), records.get("minimal"));
        Files.delete(state.resolve(RecordPack.NAME));
        assertThat(RecordPack.read(state)).isEqualTo(records);

        assertThat(Build.run(report, options, TOOL, done -> { }).rendered()).as("its documents current").isZero();
        assertThat(state.resolve("minimal")).as("moved into the pack").doesNotExist();
        assertThat(RecordPack.read(state)).isEqualTo(records);
    }
}
