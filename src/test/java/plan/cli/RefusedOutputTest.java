package plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * Issue 27, item 16 and issue 26's "exit codes disagree": an output the file system refuses is
 * one rule in every command: exit 2, a message naming the file or folder the user asked for
 * (never a temporary one), no trace.
 */
class RefusedOutputTest {
    private static final String MINIMAL = "examples/minimal.plan.yaml";

    @TempDir
    Path dir;

    /** A path below a regular file: no folder can be made there, whoever runs the test (root too). */
    private Path blocked(String name) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "in the way");
        return file.resolve(name);
    }

    private static void refused(Cli.Result r, Path asked) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(asked.toString()).doesNotContain(".tmp").doesNotContain("staging")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void build() throws IOException {
        Path out = blocked("site");
        refused(Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "md"), out);
    }

    @Test
    void buildOfAShard() throws IOException {
        Path out = blocked("shard");
        refused(Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "md", "--shard", "1/1"), out);
    }

    @Test
    void merge() throws IOException {
        Path shard = dir.resolve("shard");
        assertThat(Cli.run("build", MINIMAL, "--out", shard.toString(), "--format", "md", "--shard", "1/1").exitCode()).isZero();
        Path out = blocked("site");
        refused(Cli.run("merge", out.toString(), shard.toString()), out);
    }

    @Test
    void importIntoABlockedFolderAndOverAnExistingFile() throws IOException {
        Path txt = Files.writeString(dir.resolve("office.txt"), "วิสัยทัศน์\nผู้เรียนมีคุณภาพ\n");
        Path out = blocked("office.plan.yaml");
        refused(Cli.run("import", txt.toString(), "--out", out.toString()), out);
        Path existing = Files.writeString(dir.resolve("office.plan.yaml"), "# mine\n");
        refused(Cli.run("import", txt.toString()), existing);
        assertThat(Files.readString(existing)).isEqualTo("# mine\n");
    }

    @Test
    void importOfAFolderSaysItIsAFolder() {
        Cli.Result r = Cli.run("import", dir.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("a folder").doesNotContain("no such file");
    }

    @Test
    void init() throws IOException {
        Path out = blocked("school.plan.yaml");
        refused(Cli.run("init", out.toString(), "--organization", "X"), out);
    }

    /**
     * Something a rename cannot replace where a document goes is found before anything moves:
     * the previous site stays as it was, the message names what blocks, relative to --out.
     */
    @Test
    void aFolderWhereADocumentGoesIsRefusedBeforeAnyDocumentMoves() throws IOException {
        Path out = dir.resolve("site");
        assertThat(Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "md").exitCode()).isZero();
        Files.writeString(out.resolve("minimal.md"), "the previous site");
        Files.createDirectories(out.resolve("minimal.projects.csv"));

        Cli.Result r = Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "md,json,csv", "--lang", "en");
        refused(r, out);
        assertThat(r.err()).contains("minimal.projects.csv in " + out + " is a folder").contains("nothing was changed");
        assertThat(Files.readString(out.resolve("minimal.md"))).isEqualTo("the previous site");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("minimal.md", "minimal.projects.csv");
        }

        Cli.Result thai = Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "md,json,csv", "--lang", "th");
        assertThat(thai.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(thai.err()).contains("minimal.projects.csv ใน " + out + " เป็นโฟลเดอร์");
    }

    @Test
    void aFileWhereAFolderOfDocumentsGoesIsRefusedBeforeAnyDocumentMoves() throws IOException {
        Path out = Files.createDirectories(dir.resolve("site"));
        Files.writeString(out.resolve("assets"), "not a folder");

        Cli.Result r = Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "md,html", "--lang", "en");
        refused(r, out);
        assertThat(r.err()).contains("assets in " + out + " is a file where a folder of documents goes");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("assets");
        }
    }
}
