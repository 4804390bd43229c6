package plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * Issue 27 item 17, last part: a .md source's lists stay Markdown lists in the chapter or section
 * they stand in (bullets, their continuation lines, a bullet list nested in a numbered item),
 * never escaped into literal text; imported through the command line and compared word for word.
 */
class ImportMarkdownListsTest {
    @TempDir
    Path dir;

    @Test
    void listsOfAMarkdownSourceStayLists() throws Exception {
        List<String> lines = List.of("# แผนปฏิบัติการ โรงเรียนบ้านหนองบัว", "", "## วิสัยทัศน์", "", "ผู้เรียนมีคุณภาพ", "",
                "## พันธกิจ", "", "- พัฒนาผู้เรียน", "- พัฒนาครู", "",
                "## บริบทของโรงเรียน", "", "โรงเรียนมีจุดเด่นดังนี้", "",
                "- อาคารเรียนใหม่", "* ครูครบทุกชั้น", "  และทุกวิชา", "+ สนามกว้าง", "",
                "1. ด้านวิชาการ", "2. ด้านบริหาร", "   - งบประมาณ", "   - บุคลากร", "", "ย่อหน้าสุดท้าย");
        String text = String.join("\n", lines) + "\n";
        Path src = Files.writeString(dir.resolve("lists.md"), text, StandardCharsets.UTF_8);
        Path out = dir.resolve("lists.plan.yaml");
        Cli.Result r = Cli.run("import", src.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String yaml = Files.readString(out);

        assertThat(yaml).contains("""
                missions:
                  - id: M1
                    text: พัฒนาผู้เรียน
                  - id: M2
                    text: พัฒนาครู
                """);
        assertThat(yaml).contains("""
                      โรงเรียนมีจุดเด่นดังนี้

                      - อาคารเรียนใหม่
                      - ครูครบทุกชั้น
                         และทุกวิชา
                      - สนามกว้าง

                      1. ด้านวิชาการ
                      2. ด้านบริหาร
                         - งบประมาณ
                         - บุคลากร

                      ย่อหน้าสุดท้าย
                """);
        assertThat(yaml).doesNotContain("\\-").doesNotContain("\\*").doesNotContain("\\+");
        SourceWords.allKept(List.of(text), yaml);
    }

    @Test
    void aTextFileKeepsItsDashesAsTyped() throws Exception {
        // In a .txt file a dash is the author's typing, not Markdown: it stays escaped, as before.
        String text = "แผนปฏิบัติการ โรงเรียนบ้านหนองบัว\nบริบทของโรงเรียน\n- อาคารเรียนใหม่\n";
        Path src = Files.writeString(dir.resolve("dash.txt"), text, StandardCharsets.UTF_8);
        Path out = dir.resolve("dash.plan.yaml");
        Cli.Result r = Cli.run("import", src.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("\\- อาคารเรียนใหม่");
    }
}
