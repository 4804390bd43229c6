package plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/** {@code plan merge} as a user runs it, on shards a hostile or unlucky user handed over. */
class MergeCommandTest {
    @TempDir
    Path dir;

    private Path one;
    private Path two;

    @BeforeEach
    void buildTwoShards() {
        one = dir.resolve("shard-1");
        two = dir.resolve("shard-2");
        for (Path shard : new Path[] {one, two}) {
            String k = shard == one ? "1" : "2";
            Cli.Result r = Cli.run("build", "examples/minimal.plan.yaml", "examples/full.plan.yaml", "--out", shard.toString(),
                    "--format", "md", "--shard", k + "/2");
            assertThat(r.exitCode()).as(r.err()).isZero();
        }
    }

    /** Issue 27, item 5: a link in a shard's folder published the bytes of the file it points at. */
    @Test
    void aSymbolicLinkInAShardIsRefusedNeverFollowed() throws IOException {
        Path shard = Files.exists(one.resolve("minimal.md")) ? one : two;
        Path elsewhere = dir.resolve("elsewhere.md");
        // The link's target has the bytes the manifest lists: only the link itself gives it away.
        Files.move(shard.resolve("minimal.md"), elsewhere);
        Files.createSymbolicLink(shard.resolve("minimal.md"), elsewhere);
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("merge", out.toString(), one.toString(), two.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(r.err()).contains("minimal.md is a symbolic link").doesNotContain("Exception");
        assertThat(out.resolve("minimal.md")).doesNotExist();
    }

    /** Issue 27, item 9: a manifest saying shard 1 of 2147483647 ran out of memory; 1/999999 gave a 15 MB message. */
    @Test
    void aHugeShardCountIsRefusedWithAShortMessage() throws IOException {
        Path manifest = one.resolve("plan-shard.txt");
        String text = Files.readString(manifest);
        Files.writeString(manifest, text.replaceFirst("(?m)^shard\t1\t2$", "shard\t1\t2147483647"));
        Cli.Result huge = Cli.run("merge", dir.resolve("site").toString(), one.toString());
        assertThat(huge.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(huge.err()).contains("at most 10000 shards").doesNotContain("Exception");

        Cli.Result many = Cli.run("build", "examples/minimal.plan.yaml", "--out", dir.resolve("x").toString(),
                "--format", "md", "--shard", "1/999999");
        assertThat(many.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(many.err()).contains("at most 10000 shards");

        Files.writeString(manifest, text.replaceFirst("(?m)^shard\t1\t2$", "shard\t1\t9000"));
        Cli.Result missing = Cli.run("merge", dir.resolve("site").toString(), one.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(missing.err()).contains("2/9000, 3/9000").contains("and 8989 more").hasSizeLessThan(1000);
    }

    @Test
    void intactShardsMerge() {
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("merge", out.toString(), one.toString(), two.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(out.resolve("minimal.md")).isRegularFile();
        assertThat(out.resolve("full-example.md")).isRegularFile();
    }
}
