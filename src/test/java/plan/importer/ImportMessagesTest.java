package plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * Import speaks the user's language like the other commands (issue 29's summary, issue 27's
 * refusals): {@code --lang th} and {@code --lang en} word the summary and every one-line refusal,
 * through the command line as a user runs it.
 */
class ImportMessagesTest {
    @TempDir
    Path dir;

    @Test
    void theSummaryInThaiAndEnglish() throws Exception {
        Path src = Files.writeString(dir.resolve("plan.txt"),
                "แผนปฏิบัติการ โรงเรียนบ้านหนองบัว\nวิสัยทัศน์\nผู้เรียนมีคุณภาพ\nพันธกิจ\n1. พัฒนาผู้เรียน\n", StandardCharsets.UTF_8);
        Cli.Result th = Cli.run("import", src.toString(), "--out", dir.resolve("th.plan.yaml").toString(), "--lang", "th");
        Cli.Result en = Cli.run("import", src.toString(), "--out", dir.resolve("en.plan.yaml").toString(), "--lang", "en");
        assertThat(th.exitCode()).as(th.err()).isZero();
        assertThat(en.exitCode()).as(en.err()).isZero();
        assertThat(th.out()).contains("plan: เขียนไฟล์ " + dir.resolve("th.plan.yaml") + " แล้ว").contains("พบ: พันธกิจ 1 ข้อ, เป้าประสงค์ 0 ข้อ")
                .contains("แบบเสนอโครงการ 0 โครงการ").contains("สิ่งที่ต้องตรวจทาน:").contains("ข้อผิดพลาดที่ต้องแก้").doesNotContain("recognized");
        assertThat(en.out()).contains("plan: wrote " + dir.resolve("en.plan.yaml")).contains("recognized: 1 missions, 0 goals")
                .contains("0 project forms").contains("to confirm:").contains("error(s) to fix").doesNotContain("พบ:");
        // The same plan; its comments in the reader's language, Thai with Thai words only.
        String thFile = Files.readString(dir.resolve("th.plan.yaml"));
        String enFile = Files.readString(dir.resolve("en.plan.yaml"));
        assertThat(withoutComments(thFile)).isEqualTo(withoutComments(enFile).replace("id: en", "id: th"));
        assertThat(thFile).contains("# นำเข้าจาก plan.txt ด้วย plan import").contains("# period: ต้นฉบับไม่ได้ระบุปีของแผน")
                .doesNotContain("Imported").doesNotContain("the source");
        assertThat(enFile).contains("# Imported from plan.txt by plan import").contains("# period: the source names no plan years")
                .doesNotContain("นำเข้าจาก");
    }

    private static String withoutComments(String yaml) {
        return yaml.replaceAll("(?m)^\\s*#.*\\n", "").replaceAll("(?m)  # .*$", "");
    }

    @Test
    void refusalsInThaiAndEnglish() throws Exception {
        byte[] tis620 = {(byte) 0xC7, (byte) 0xD4, (byte) 0xCA, (byte) 0xD1, (byte) 0xC2, (byte) 0xB7, (byte) 0xD1, (byte) 0xC8, (byte) 0xB9, (byte) 0xEC};
        Object[][] cases = {
                {"damaged.docx", "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1), "ไฟล์ .docx เสียหรือไม่ใช่เอกสาร Word",
                        "the .docx is damaged or not a Word document"},
                {"thai.txt", tis620, "ดูเป็นภาษาไทยแบบ TIS-620", "looks like Thai in TIS-620"},
                {"empty.txt", new byte[0], "ไฟล์ว่างเปล่า", "the file is empty"}};
        for (Object[] c : cases) {
            Path src = Files.write(dir.resolve((String) c[0]), (byte[]) c[1]);
            Cli.Result th = Cli.run("import", src.toString(), "--lang", "th");
            Cli.Result en = Cli.run("import", src.toString(), "--lang", "en");
            assertThat(th.exitCode()).as(th.err()).isNotZero().isEqualTo(en.exitCode());
            assertThat(th.err()).startsWith("plan: " + src + ": ").contains((String) c[2]).hasLineCount(1);
            assertThat(en.err()).startsWith("plan: " + src + ": ").contains((String) c[3]).hasLineCount(1);
        }
        Path plan = Files.writeString(dir.resolve("p.txt"), "แผน\nวิสัยทัศน์\nดี\n", StandardCharsets.UTF_8);
        Cli.Result th = Cli.run("import", plan.toString(), "--base", "nothing", "--lang", "th");
        Cli.Result en = Cli.run("import", plan.toString(), "--base", "nothing", "--lang", "en");
        assertThat(th.err()).contains("--base nothing: ไม่พบแผนที่มี id นี้");
        assertThat(en.err()).contains("--base nothing: no plan with that id");
        assertThat(dir.resolve("p.plan.yaml")).doesNotExist();
    }
}
