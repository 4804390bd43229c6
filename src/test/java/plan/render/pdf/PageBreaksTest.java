package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.render.pdf.text.PdfFonts;
import plan.testing.Cli;

/**
 * Issue 32, item 5: where pages break. A heading never ends a page (the official example's
 * "โครงการ" did, above a table that moved to the next page); a table row moves whole to the next
 * page, and a row taller than a page splits between its lines, each line on one page only; the
 * header row repeats on every page a table reaches.
 */
@Tag("pdf-tools") // pdftotext
class PageBreaksTest {
    private static final int ROWS = 36;
    private static final int SENTENCES = 90;
    private static final Pattern HEADING = Pattern.compile("^(#{1,6}) (.*)$", Pattern.MULTILINE);
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-–\\s0-9๐-๙]*");

    @TempDir
    static Path site;
    static List<String> tablePages;

    @BeforeAll
    static void render() throws Exception {
        Cli.Result built = Cli.run("build", "examples/official", "examples/action-plan.plan.yaml",
                "examples/full.plan.yaml", "--out", site.toString(), "--format", "md,pdf");
        assertThat(built.exitCode()).as(built.err()).isZero();
        byte[] pdf = Fixture.render(new PdfRenderer(PdfFonts.bundled()), tables(), Fixture.info(Fixture.EPOCH, false));
        Path file = site.resolve("page-breaks.pdf");
        Files.write(file, pdf);
        tablePages = PdfTools.pages(file).stream().map(ThaiText::normalizePage).toList();
    }

    /**
     * A page of text, a long table whose rows have one to four lines (row N starts with AN and
     * ends with ZN), then a table with one row longer than a page (sentences S1 … S90).
     */
    private static String tables() {
        String sentence = "โรงเรียนจัดกิจกรรมส่งเสริมการอ่านและการเขียนอย่างต่อเนื่องทุกภาคเรียน ";
        StringBuilder md = new StringBuilder("# ตารางข้ามหน้า\n\nสำนักงานตัวอย่าง\n\n---\n\n## บทนำ\n\n");
        md.append((sentence.repeat(12) + "\n\n").repeat(4));
        md.append("## ตัวชี้วัดของแผน\n\n| ตัวชี้วัด | หน่วยนับ | เป้าหมาย |\n|---|---|---:|\n");
        for (int i = 1; i <= ROWS; i++) {
            md.append("| A").append(i).append(' ').append(sentence.repeat(1 + i % 4)).append("Z").append(i)
                    .append(" | ร้อยละ | ").append(80 + i % 20).append(" |\n");
        }
        md.append("\n## รายละเอียดยาว\n\n| รายละเอียด | งบประมาณ (บาท) |\n|---|---:|\n| ");
        for (int k = 1; k <= SENTENCES; k++) {
            md.append("S").append(k).append(' ').append(sentence);
        }
        md.append("| 1,000 |\n");
        return md.toString();
    }

    @Test
    void noPageOfTheExamplesEndsWithAHeading() throws IOException {
        List<String> ids;
        try (var files = Files.list(site)) {
            ids = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
        assertThat(ids).hasSize(3);
        for (String id : ids) {
            List<String> headings = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            Matcher m = HEADING.matcher(Files.readString(site.resolve(id + ".md")));
            while (m.find()) {
                String heading = squeeze(m.group(2).replaceAll("<[^>]*>", ""));
                headings.add(heading);
                // A part, and the appendix when it stands beside the parts (official style), each
                // open a separator page of their own.
                boolean separator = m.group(2).startsWith("<a id=\"part-")
                        || (m.group(1).length() == 1 && m.group(2).startsWith("<a id=\"appendix\""));
                if (separator) {
                    parts.add(heading);
                }
            }
            // -layout: lines in the order they stand on the page (-raw has tables after the text).
            String text = PdfTools.ok("pdftotext", "-layout", "-enc", "UTF-8", site.resolve(id + ".pdf").toString(), "-");
            List<String> pages = List.of(text.split("\f"));
            assertThat(pages).hasSizeGreaterThan(3);
            for (int p = 0; p < pages.size(); p++) {
                List<String> lines = bodyLines(pages.get(p));
                if (lines.size() == 1 && parts.contains(squeeze(lines.get(0)))) {
                    continue; // a separator page: its heading stands alone by design (ส่วนที่ n, ภาคผนวก)
                }
                for (int k = 1; k <= Math.min(3, lines.size()); k++) {
                    String end = squeeze(String.join("", lines.subList(lines.size() - k, lines.size())));
                    assertThat(headings).as("%s, page %d ends with a heading", id, p + 1).doesNotContain(end);
                }
            }
        }
    }

    /** The page's lines without the blank ones and the page number, wherever it stands. */
    private static List<String> bodyLines(String page) {
        List<String> lines = new ArrayList<>();
        for (String line : page.split("\n")) {
            if (!line.isBlank() && !PAGE_NUMBER.matcher(line).matches()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void aRowThatFitsOnAPageMovesWhole() {
        List<String> split = new ArrayList<>();
        long pagesReached = tablePages.stream().filter(p -> mark("A\\d+").matcher(p).find()).count();
        for (int i = 1; i <= ROWS; i++) {
            int start = pageOf(mark("A" + i));
            int end = pageOf(mark("Z" + i));
            if (start < 0 || start != end) {
                split.add("row " + i + ": pages " + start + ", " + end);
            }
        }
        assertThat(split).isEmpty();
        assertThat(pagesReached).as("the long table runs over pages").isGreaterThanOrEqualTo(2);
    }

    @Test
    void theHeaderRowRepeatsOnEveryPageTheTableReaches() {
        for (String page : tablePages) {
            if (mark("A\\d+").matcher(page).find()) {
                assertThat(page).contains("ตัวชี้วัด หน่วยนับ เป้าหมาย");
            }
            if (mark("S\\d+").matcher(page).find()) {
                assertThat(page).contains("รายละเอียด");
            }
        }
    }

    @Test
    void aRowTallerThanAPageSplitsBetweenLinesNeverThroughOne() {
        String all = String.join("", tablePages);
        List<Integer> pages = new ArrayList<>();
        for (int k = 1; k <= SENTENCES; k++) {
            Pattern mark = mark("S" + k);
            // Once in the whole document: a line cut by a page break would be drawn on both pages.
            assertThat(mark.matcher(all).results().count()).as(mark.pattern()).isEqualTo(1);
            pages.add(pageOf(mark));
        }
        assertThat(pages.get(SENTENCES - 1)).as("the row runs over pages").isGreaterThan(pages.get(0));
        assertThat(pages).isSorted();
    }

    /** A marker of the table document (A7, Z7, S7), not a part of a longer one (A71). */
    private static Pattern mark(String regex) {
        return Pattern.compile("(?<![A-Z0-9])" + regex + "(?![0-9])");
    }

    /** The page (0-based) of the table document whose text holds {@code mark}, or -1. */
    private static int pageOf(Pattern mark) {
        for (int p = 0; p < tablePages.size(); p++) {
            if (mark.matcher(tablePages.get(p)).find()) {
                return p;
            }
        }
        return -1;
    }
}
