package plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * With {@code --lang th} every command speaks Thai: its findings, summaries and closing lines
 * hold no English sentence (help and usage errors: {@link HelpLanguageTest}). Words that are the file's own (keys, rule names in brackets, ids,
 * paths, commands to type, quoted source lines) are set aside first.
 */
class ThaiOutputTest {
    /** Three English words in a row: a sentence, where a key or a command is one or two words. */
    private static final Pattern ENGLISH = Pattern.compile("\\b[A-Za-z]{2,}(?:[ ,;:]+[A-Za-z]{2,}){2,}\\b");

    @TempDir
    Path dir;

    @Test
    void checkSpeaksThai() {
        assertThai(Cli.run("check", "--lang", "th", "--color", "never", "examples/broken.plan.yaml"));
    }

    @Test
    void buildSpeaksThai() {
        Cli.Result r = Cli.run("build", "--lang", "th", "--color", "never", "examples/minimal.plan.yaml", "--format", "md",
                "--out", dir.resolve("site").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("สร้างเอกสารของแผน 1 แผน");
        assertThai(r);
    }

    @Test
    void shardsAndMergeSpeakThai() {
        Cli.Result shard = Cli.run("build", "--lang", "th", "examples/minimal.plan.yaml", "--format", "md", "--shard", "1/1",
                "--out", dir.resolve("s1").toString());
        assertThat(shard.exitCode()).as(shard.err()).isZero();
        assertThai(shard);
        Cli.Result merged = Cli.run("merge", "--lang", "th", dir.resolve("site").toString(), dir.resolve("s1").toString());
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(merged.err()).contains("รวมผลการสร้าง");
        assertThai(merged);
    }

    @Test
    void initSpeaksThai() {
        Cli.Result r = Cli.run("init", "--lang", "th", dir.resolve("school.plan.yaml").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThai(r);
    }

    @Test
    void importSpeaksThai() throws Exception {
        Path source = dir.resolve("แผน.txt");
        Files.writeString(source, "แผนพัฒนาการศึกษา\n\nวิสัยทัศน์\n\nนักเรียนมีความรู้คู่คุณธรรม\n\nพันธกิจ\n\n1. พัฒนาผู้เรียน\n");
        Cli.Result r = Cli.run("import", "--lang", "th", source.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("สิ่งที่ต้องตรวจทาน");
        assertThai(r);
    }

    @Test
    void diffSpeaksThai() throws Exception {
        Path old = dir.resolve("old.plan.yaml");
        Path now = dir.resolve("now.plan.yaml");
        String plan = Files.readString(Path.of("examples/action-plan.plan.yaml"));
        Files.writeString(old, plan);
        Files.writeString(now, plan.replace("targets: {2568: 90}", "targets: {2568: 95}").replace("total: 48500", "total: 48600")
                .replace("เงินอุดหนุนรายหัว: 30000", "เงินอุดหนุนรายหัว: 30100").replace("quarters: [9500, 20000", "quarters: [9600, 20000"));
        Cli.Result r = Cli.run("diff", "--lang", "th", "--color", "never", old.toString(), now.toString());
        assertThat(r.out()).contains("เป้าหมายปี 2568", "แหล่งงบประมาณ", "ไตรมาส 1", "งบประมาณรวม").doesNotContain("budget.source");
        assertThai(r);
    }

    @Test
    void usageErrorsSpeakThai() {
        Cli.Result r = Cli.run("check", "--lang", "th", "--no-such-option", "x.plan.yaml");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("ดูวิธีใช้ด้วย");
    }

    /** Nothing English is left once the file's own words are set aside. */
    static void assertThai(Cli.Result r) {
        for (String line : (r.out() + r.err()).lines().toList()) {
            String words = line.replaceAll("^\\s*\\d*\\s*\\|.*$", "") // a quoted source line
                    .replaceAll("`[^`]*`", "") // keys and values as written
                    .replaceAll("\\[[a-z-]+\\]", "") // rule names
                    .replaceAll("\\S*[/\\\\]\\S*|\\S+\\.(plan\\.yaml|yaml|json|txt|md)\\b", "") // paths
                    .replaceAll("plan [a-z]+", "") // commands to type
                    .replaceAll("\\b[a-z0-9][a-z0-9-]*(?:, ?[a-z0-9][a-z0-9-]*)+\\b", "") // values to choose from: md, html, pdf (or md,html,pdf)
                    .replaceAll("\"[^\"]*\"", ""); // quoted text from the file
            Matcher m = ENGLISH.matcher(words);
            assertThat(m.find()).as("English in: " + line).isFalse();
        }
    }
}
