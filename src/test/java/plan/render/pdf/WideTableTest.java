package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import plan.render.pdf.text.PdfFonts;

/**
 * The tables of a 5-year plan: an 8-column indicator table long enough to run over pages and a
 * short quarterly table. Every cell comes back whole (no clipped column, no word cut between
 * lines), the header row repeats on each page the table reaches, and the short table is not split.
 */
@Tag("pdf-tools")
class WideTableTest {
    private static final String[] YEARS = {"2566", "2567", "2568", "2569", "2570"};
    private static final int ROWS = 45;
    static List<String> pages;
    static String markdown;

    @BeforeAll
    static void render() throws Exception {
        StringBuilder md = new StringBuilder("# แผนพัฒนาการศึกษา ระยะ 5 ปี\n\nสำนักงานตัวอย่าง\n\n---\n\n## ตัวชี้วัด\n\n");
        md.append("| ตัวชี้วัด | หน่วยนับ | ค่าฐาน |");
        for (String y : YEARS) {
            md.append(" เป้าหมาย ").append(y).append(" |");
        }
        md.append("\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 1; i <= ROWS; i++) {
            md.append("| ร้อยละของโรงเรียนที่จัดกิจกรรมส่งเสริมการอ่านอย่างต่อเนื่อง ข้อ ").append(i)
                    .append(" | ร้อยละ | 1,250,000.50 (2565) | 80 | 85 | 90 | 95 | 100 |\n");
        }
        md.append("\n## แผนรายไตรมาส\n\n| โครงการ | ไตรมาส 1 | ไตรมาส 2 | ไตรมาส 3 | ไตรมาส 4 | รวม |\n")
                .append("|---|---:|---:|---:|---:|---:|\n")
                .append("| โครงการพัฒนาระบบติดตามผลการดำเนินงาน | 312,500.25 | 312,500.25 | 312,500.25 | 312,500.25 | **1,250,001** |\n")
                .append("| **รวม** | **312,500.25** | **312,500.25** | **312,500.25** | **312,500.25** | **1,250,001** |\n");
        markdown = md.toString();
        byte[] pdf = Fixture.render(new PdfRenderer(PdfFonts.bundled()), markdown, Fixture.info(Fixture.EPOCH, false));
        Path file = PdfRendererTest.OUT.resolve("wide-table.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        pages = PdfTools.pages(file).stream().map(ThaiText::normalizePage).toList();
    }

    @Test
    void everyCellComesBackWhole() {
        String text = String.join("\n", pages);
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            String indicator = "ร้อยละของโรงเรียนที่จัดกิจกรรมส่งเสริมการอ่านอย่างต่อเนื่อง ข้อ " + i;
            if (!ThaiText.containsAllowingWraps(text, indicator)) {
                missing.add(indicator);
            }
        }
        assertThat(missing).isEmpty();
        // Figures are never cut: each amount appears whole (its year may go below it).
        assertThat(text.split("1,250,000\\.50\\s\\(2565\\)", -1)).hasSize(ROWS + 1);
        assertThat(text).contains("80 85 90 95 100", "312,500.25 312,500.25 312,500.25 312,500.25 1,250,001");
    }

    @Test
    void theHeaderRepeatsOnEveryPageTheLongTableReaches() {
        List<String> withRows = pages.stream().filter(p -> p.contains("ร้อยละของ")).toList();
        assertThat(withRows).as("the 45-row table runs over pages").hasSizeGreaterThanOrEqualTo(2);
        assertThat(withRows).allSatisfy(p -> assertThat(p).contains("ค่าฐาน", "2570"));
    }

    @Test
    void theShortTableIsNotSplit() {
        List<String> withQuarterly = pages.stream().filter(p -> p.contains("312,500.25")).toList();
        assertThat(withQuarterly).hasSize(1);
        assertThat(withQuarterly.get(0)).contains("ไตรมาส 1", "รวม 312,500.25");
    }
}
