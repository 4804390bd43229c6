package plan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.cache.BuildState;
import plan.testing.Cli;

/**
 * A plan's row of the site index lives in the build's own record, beside the plan's render key:
 * a rebuild of unchanged plans writes the index a clean build writes, from the records; a plan
 * whose title alone changed gets its new row, in the index and in its record. Through
 * {@code plan build}, as a user runs it.
 */
class IndexRowRecordTest {
    private static final String TITLE = "แผนพัฒนาการศึกษา โรงเรียนบ้านตัวอย่าง";
    private static final String NEW_TITLE = "แผนพัฒนาการศึกษา โรงเรียนบ้านตัวอย่างใหม่";

    @TempDir
    Path dir;
    Path src;
    Path out;

    @BeforeEach
    void sources() throws IOException {
        src = Files.createDirectories(dir.resolve("src"));
        out = dir.resolve("site");
        Files.copy(Path.of("examples/minimal.plan.yaml"), src.resolve("minimal.plan.yaml"));
        Files.copy(Path.of("examples/full.plan.yaml"), src.resolve("full.plan.yaml"));
    }

    @Test
    void anUnchangedRebuildWritesTheSameIndexAndATitleChangedChangesItsRow() throws IOException {
        build(out);
        String first = index(out);
        assertThat(first).contains(TITLE);
        assertThat(recordOf("minimal")).as("the row beside the key").contains("row " + TITLE);
        String fullRecord = recordOf("full-example");

        build(out);
        assertThat(index(out)).as("an up-to-date build's index, made from the records").isEqualTo(first);

        Path plan = src.resolve("minimal.plan.yaml");
        Files.writeString(plan, Files.readString(plan).replace("title: " + TITLE, "title: " + NEW_TITLE));
        build(out);
        String changed = index(out);
        assertThat(changed).contains(NEW_TITLE).isNotEqualTo(first);
        assertThat(changed.replace(NEW_TITLE, TITLE)).as("only that row's title changed").isEqualTo(first);
        assertThat(recordOf("minimal")).contains("row " + NEW_TITLE).doesNotContain("row " + TITLE + "\n");
        assertThat(recordOf("full-example")).as("the other plan was not rendered again")
                .isEqualTo(fullRecord);

        Path clean = dir.resolve("clean");
        build(clean);
        assertThat(index(clean)).as("the same as a clean build's index, made from the models").isEqualTo(changed);
    }

    private void build(Path into) {
        Cli.Result r = Cli.run("build", src.toString(), "--out", into.toString(), "--format", "md,html");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    private static String index(Path site) throws IOException {
        return Files.readString(site.resolve("index.html"));
    }

    private String recordOf(String id) {
        return plan.testing.BuildRecords.of(out, id);
    }
}
