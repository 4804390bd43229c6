package plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * Issue 31: the refusals of {@code plan merge} and {@code plan build} follow {@code --lang} as
 * the rest of the output does, with the same exit codes in either language.
 */
class RefusalLanguageTest {
    @TempDir
    Path dir;

    @Test
    void mergeOfAMissingFolderIsRefusedInEitherLanguage() {
        String missing = dir.resolve("no-such-shard").toString();
        Cli.Result th = Cli.run("merge", "--lang", "th", dir.resolve("site").toString(), missing);
        Cli.Result en = Cli.run("merge", "--lang", "en", dir.resolve("site").toString(), missing);
        assertThat(th.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(en.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(th.err()).contains("ไม่มีโฟลเดอร์นี้", missing).doesNotContain("no such folder");
        assertThat(en.err()).contains("no such folder: " + missing).doesNotContain("ไม่มีโฟลเดอร์");
        ThaiOutputTest.assertThai(th);
    }

    @Test
    void mergeOfTheSameShardTwiceIsRefusedInEitherLanguage() {
        Path shard = dir.resolve("s1");
        Cli.Result built = Cli.run("build", "examples/minimal.plan.yaml", "--format", "md", "--shard", "1/2",
                "--out", shard.toString());
        assertThat(built.exitCode()).as(built.err()).isZero();
        Cli.Result th = Cli.run("merge", "--lang", "th", dir.resolve("site").toString(), shard.toString(), shard.toString());
        Cli.Result en = Cli.run("merge", "--lang", "en", dir.resolve("site").toString(), shard.toString(), shard.toString());
        assertThat(th.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(en.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(th.err()).contains("มาสองครั้ง").doesNotContain("given twice");
        assertThat(en.err()).contains("is given twice: give each shard once").doesNotContain("สองครั้ง");
        ThaiOutputTest.assertThai(th);
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void mergeWithAShardMissingSaysWhichInEitherLanguage() {
        Path shard = dir.resolve("s1");
        assertThat(Cli.run("build", "examples/minimal.plan.yaml", "--format", "md", "--shard", "1/3",
                "--out", shard.toString()).exitCode()).isZero();
        Cli.Result th = Cli.run("merge", "--lang", "th", dir.resolve("site").toString(), shard.toString());
        Cli.Result en = Cli.run("merge", "--lang", "en", dir.resolve("site").toString(), shard.toString());
        assertThat(th.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(en.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(th.err()).contains("ขาดส่วนที่ 2/3, 3/3");
        assertThat(en.err()).contains("shards 2/3, 3/3 missing");
    }

    @Test
    void buildOntoAFileIsRefusedInEitherLanguage() throws IOException {
        Path file = dir.resolve("site.txt");
        Files.writeString(file, "kept");
        Cli.Result th = Cli.run("build", "--lang", "th", "--color", "never", "examples/minimal.plan.yaml", "--format", "md",
                "--out", file.toString());
        Cli.Result en = Cli.run("build", "--lang", "en", "--color", "never", "examples/minimal.plan.yaml", "--format", "md",
                "--out", file.toString());
        assertThat(th.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(en.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(th.err()).contains("เป็นไฟล์ ไม่ใช่โฟลเดอร์").doesNotContain("is a file");
        assertThat(en.err()).contains("is a file, not a folder").doesNotContain("ไม่ใช่โฟลเดอร์");
        ThaiOutputTest.assertThai(th);
        assertThat(Files.readString(file)).isEqualTo("kept");
    }

    @Test
    void aSymbolicLinkLoopIsReportedInEitherLanguage() throws IOException {
        Path plans = Files.createDirectories(dir.resolve("plans/sub"));
        Files.copy(Path.of("examples/minimal.plan.yaml"), dir.resolve("plans/a.plan.yaml"));
        Files.createSymbolicLink(plans.resolve("loop"), dir.resolve("plans"));
        Cli.Result th = Cli.run("check", "--lang", "th", "--color", "never", dir.resolve("plans").toString());
        Cli.Result en = Cli.run("check", "--lang", "en", "--color", "never", dir.resolve("plans").toString());
        assertThat(th.exitCode()).as(th.err()).isZero();
        assertThat(en.exitCode()).as(en.err()).isZero();
        assertThat(th.err()).contains("ลิงก์สัญลักษณ์วนซ้ำ").doesNotContain("symbolic link loop");
        assertThat(en.err()).contains("a symbolic link loop").doesNotContain("วนซ้ำ");
        ThaiOutputTest.assertThai(th);
    }

    @Test
    void aCharacterThePdfFontLacksIsReportedInEitherLanguage() throws IOException {
        Path plan = dir.resolve("glyphs.plan.yaml");
        Files.writeString(plan, Files.readString(Path.of("examples/minimal.plan.yaml"))
                .replace("vision: นักเรียนมีความรู้คู่คุณธรรม", "vision: นักเรียนมีความรู้คู่คุณธรรม \u6f22"));
        Cli.Result th = Cli.run("build", "--lang", "th", "--color", "never", plan.toString(), "--format", "pdf",
                "--out", dir.resolve("th").toString());
        Cli.Result en = Cli.run("build", "--lang", "en", "--color", "never", plan.toString(), "--format", "pdf",
                "--out", dir.resolve("en").toString());
        assertThat(th.exitCode()).as(th.err()).isZero();
        assertThat(en.exitCode()).as(en.err()).isZero();
        assertThat(th.err()).contains("ไม่มีรูปอักษรสำหรับ").doesNotContain("no glyph");
        assertThat(en.err()).contains("the PDF font has no glyph for").doesNotContain("รูปอักษร");
        ThaiOutputTest.assertThai(th);
    }

    @Test
    void aFolderThatIsNoShardIsRefusedInEitherLanguage() {
        Cli.Result th = Cli.run("merge", "--lang", "th", dir.resolve("site").toString(), "examples");
        Cli.Result en = Cli.run("merge", "--lang", "en", dir.resolve("site").toString(), "examples");
        assertThat(th.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(en.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(th.err()).contains("ไม่ใช่ผลลัพธ์ของ `plan build --shard`");
        assertThat(en.err()).contains("is not the output of `plan build --shard`");
        ThaiOutputTest.assertThai(th);
    }
}
