package plan.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * The official document's numbering, parts, matrix and signature blocks in the Markdown and the
 * HTML, built as a user builds (issue 32): guidelines numbered from their strategy (1.1, nested
 * 1.2.1) as the list text and hung by the page; the outline's parts as level-1 headings listed
 * above their chapters; the matrix naming each item in full; the project form's signature blocks
 * marked to be set at the right. The modern look keeps its lists, matrix and signatures.
 */
class OfficialNumberingAndPartsTest {
    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        for (String[] run : new String[][] {
                {"official", "--style", "official"}, {"modern", "--style", "modern"}, {"thai", "--thai-digits"}}) {
            Cli.Result r = Cli.run("build", "examples/official", "examples/full.plan.yaml",
                    "examples/action-plan.plan.yaml", "--format", "md,html", "--out", out.resolve(run[0]).toString(),
                    run[1], run.length > 2 ? run[2] : "--lang=th");
            assertThat(r.exitCode()).as(r.err()).isZero();
        }
    }

    private static String read(String run, String file) throws IOException {
        return Files.readString(out.resolve(run).resolve(file));
    }

    @Test
    void guidelinesAreNumberedFromTheirStrategyAndHang() throws IOException {
        String md = read("official", "full-example.md");
        assertThat(md).contains("- 1.1 ส่งเสริมการอ่านและการเขียน\n- 1.2 พัฒนาทักษะการคิด\n  - 1.2.1 จัดกิจกรรมโครงงาน\n")
                .contains("- 2.1 ใช้ระบบสารสนเทศในการติดตามผล");
        String html = read("official", "full-example.html");
        assertThat(html).contains("<ul class=\"numbered\">\n<li><span class=\"num\">1.1</span> ส่งเสริมการอ่านและการเขียน</li>")
                .contains("<li><span class=\"num\">1.2.1</span> จัดกิจกรรมโครงงาน</li>");
        assertThat(read("official", "assets/official.css")).contains("ul.numbered");
        // In Thai digits the numbers are Thai too.
        assertThat(read("thai", "full-example.md")).contains("- ๑.๑ ส่งเสริมการอ่านและการเขียน", "  - ๑.๒.๑ จัดกิจกรรมโครงงาน");
        assertThat(read("thai", "full-example.html")).contains("<span class=\"num\">๑.๒.๑</span>");
        // The modern look numbers them as a list of its own, and a list an author writes stays a bullet list.
        assertThat(read("modern", "full-example.md")).contains("1. ส่งเสริมการอ่านและการเขียน").doesNotContain("- 1.1 ");
        assertThat(read("modern", "full-example.html")).doesNotContain("class=\"numbered\"", "class=\"num\"");
    }

    @Test
    void partsStandAboveTheirChapters() throws IOException {
        String md = read("official", "official-action-plan.md");
        int part1 = md.indexOf("# <a id=\"part-1\"></a>ส่วนที่ 1 บทนำ\n");
        int part2 = md.indexOf("# <a id=\"part-2\"></a>ส่วนที่ 2 ทิศทางการพัฒนา\n");
        int part3 = md.indexOf("# <a id=\"part-3\"></a>ส่วนที่ 3 โครงการและงบประมาณ\n");
        assertThat(part1).isPositive().isLessThan(md.indexOf("## <a id=\"preamble\"></a>"))
                .isGreaterThan(md.indexOf("## <a id=\"preface\"></a>")); // the preface stands outside the parts
        assertThat(part2).isGreaterThan(md.indexOf("## <a id=\"preamble\"></a>")).isLessThan(md.indexOf("## <a id=\"vision\"></a>"));
        assertThat(part3).isGreaterThan(md.indexOf("## <a id=\"strategies\"></a>")).isLessThan(md.indexOf("## <a id=\"projects\"></a>"));
        String html = read("official", "official-action-plan.html");
        assertThat(html).contains("<li class=\"toc-1\"><a href=\"#part-2\">ส่วนที่ 2 ทิศทางการพัฒนา</a></li>\n"
                + "<li class=\"toc-2\"><a href=\"#vision\">วิสัยทัศน์</a></li>")
                .contains("<h1 id=\"part-3\">ส่วนที่ 3 โครงการและงบประมาณ</h1>");
        assertThat(read("thai", "official-action-plan.md")).contains("ส่วนที่ ๒ ทิศทางการพัฒนา");
        // Parts belong to the outline, not to a look.
        assertThat(read("modern", "official-action-plan.md")).contains("# <a id=\"part-1\"></a>ส่วนที่ 1 บทนำ");
    }

    @Test
    void theMatrixNamesEachItemInFull() throws IOException {
        assertThat(read("official", "official-action-plan.md")).contains(
                "| [พันธกิจที่ 1](#M1) พัฒนาผู้เรียนให้มีความรู้และทักษะตามหลักสูตรแกนกลางการศึกษาขั้นพื้นฐาน"
                        + " | [เป้าประสงค์ที่ 1](#G1) ผู้เรียนอ่านออก เขียนได้ คิดคำนวณเป็น และมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น"
                        + " | [กลยุทธ์ที่ 1](#S1) พัฒนาคุณภาพผู้เรียนด้านการอ่าน การเขียน และการคิดคำนวณ |");
        assertThat(read("modern", "official-action-plan.md"))
                .contains("| [พันธกิจที่ 1](#M1) | [เป้าประสงค์ที่ 1](#G1) | [กลยุทธ์ที่ 1](#S1) |");
    }

    @Test
    void aProjectFormsSignatureBlocksAreSetLikeThePrefaces() throws IOException {
        String md = read("official", "action-plan.md");
        assertThat(md).contains("<a id=\"signed-P1-1\"></a>ลงชื่อ ........................................ ผู้เสนอโครงการ\\\n"
                + "(นางสาวพรทิพย์ ใจดี)\\\nครู\n", "<a id=\"signed-P1-3\"></a>ลงชื่อ");
        assertThat(read("official", "action-plan.html")).contains("<p><span id=\"signed-P1-2\"></span>ลงชื่อ");
        assertThat(read("official", "assets/official.css")).contains("p:has(> [id^=\"signed-\"])");
        assertThat(read("modern", "action-plan.md")).contains("\nลงชื่อ ........................................ ผู้เสนอโครงการ\\\n")
                .doesNotContain("signed-P1");
    }
}
