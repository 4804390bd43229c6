package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.SimpleBookmark;

import plan.testing.Cli;

/**
 * The official example's parts and numbering as a reader of its PDF finds them (issue 32): each
 * part (ส่วนที่ n) alone on a separator page, the bookmark of each part holding its chapters', the
 * contents listing the part above its chapters; guidelines labelled 1.1, 1.2 under strategy 1.
 */
@Tag("pdf-tools") // pdftotext
class OutlinePartsPdfTest {
    @TempDir
    static Path site;
    static Path pdf;

    @BeforeAll
    static void build() {
        Cli.Result r = Cli.run("build", "examples/official", "--out", site.toString(), "--format", "pdf");
        assertThat(r.exitCode()).as(r.err()).isZero();
        pdf = site.resolve("official-action-plan.pdf");
    }

    @Test
    void eachPartHasASeparatorPageOfItsOwn() {
        List<String> pages = PdfTools.pages(pdf);
        for (String part : List.of("ส่วนที่ 1 บทนำ", "ส่วนที่ 2 ทิศทางการพัฒนา", "ส่วนที่ 3 โครงการและงบประมาณ")) {
            List<String> alone = pages.stream().filter(p -> p.contains(part) && !p.contains("สารบัญ")).toList();
            assertThat(alone).as(part).hasSize(1);
            // Nothing but the part's title and the page number at the top.
            assertThat(alone.get(0).strip().lines().map(String::strip).toList()).hasSize(2).contains(part);
        }
        String contents = pages.get(2);
        assertThat(contents.indexOf("ส่วนที่ 2 ทิศทางการพัฒนา")).isLessThan(contents.indexOf("วิสัยทัศน์"))
                .isGreaterThan(contents.indexOf("หลักการและเหตุผล"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPartsBookmarkHoldsItsChapters() throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        List<Map<String, Object>> top = SimpleBookmark.getBookmarkList(reader);
        Map<String, Object> part2 = top.stream().filter(b -> "ส่วนที่ 2 ทิศทางการพัฒนา".equals(b.get("Title")))
                .findFirst().orElseThrow();
        List<Object> kids = ((List<Map<String, Object>>) part2.get("Kids")).stream().map(k -> k.get("Title")).toList();
        // The alignment matrix ends the part that holds the strategies.
        assertThat(kids).containsExactly("วิสัยทัศน์", "พันธกิจ", "เป้าประสงค์", "กลยุทธ์",
                "ความเชื่อมโยงพันธกิจ เป้าประสงค์ และกลยุทธ์");
        assertThat(top.stream().map(b -> b.get("Title")).toList()).contains("คำนำ")
                .doesNotContain("วิสัยทัศน์"); // chapters are under their parts
    }

    @Test
    void guidelinesAreLabelledFromTheirStrategy() {
        String text = String.join("\n", PdfTools.pages(pdf));
        assertThat(text).contains("1.1 จัดกิจกรรมส่งเสริมการอ่านทุกวันก่อนเข้าเรียน", "2.2 จัดอาหารกลางวันที่ถูกหลักโภชนาการครบทุกคน",
                "3.1 ส่งเสริมการรวมกลุ่มชุมชนแห่งการเรียนรู้ทางวิชาชีพ (PLC)");
    }
}
