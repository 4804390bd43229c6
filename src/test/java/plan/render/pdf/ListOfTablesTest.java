package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.SimpleBookmark;
import plan.render.pdf.text.PdfFonts;
import plan.testing.Cli;

/**
 * The official document's numbered tables and its list of tables (สารบัญตาราง), read as a reader
 * finds them: built through the command line, the listed page of every table is the page its
 * caption is printed on (as the page's printed number says), across a list of tables of more than
 * one page and the front matter it pushes on; the tables are numbered 1, 2, 3 … without gaps, in
 * Thai digits with {@code digits: thai}; no caption ends a page; the list has a bookmark after the
 * contents'; the HTML's list links to ids that exist; a document with no table has no list.
 */
@Tag("pdf-tools") // pdftotext
class ListOfTablesTest {
    /** A caption as pdftotext gives it, in either digits: "ตารางที่ 12 ตัวชี้วัด โครงการที่ 3". */
    private static final Pattern CAPTION = Pattern.compile("^ตารางที่ ([0-9๐-๙]+) .*$");
    /** An entry of the list: the caption, then its page's label. */
    private static final Pattern ENTRY = Pattern.compile("^(ตารางที่ ([0-9๐-๙]+) .*) (\\S+)$");
    private static final Pattern BODY_LABEL = Pattern.compile("^[0-9๐-๙]+$");

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        Cli.Result official = Cli.run("build", "examples/official", "--out", dir.resolve("official").toString(),
                "--format", "md,html,pdf");
        assertThat(official.exitCode()).as(official.err()).isZero();
        // The larger action plan, in Thai digits: a list of tables over more than one page.
        StringBuilder more = new StringBuilder();
        for (int i = 1; i <= 12; i++) { // two tables each: their indicators and activities
            more.append("  - id: X").append(i).append("\n    title: โครงการเสริมที่ ").append(i)
                    .append("\n    strategies: [S1]\n    indicators:\n      - id: X").append(i)
                    .append("-1\n        text: ร้อยละของนักเรียนที่เข้าร่วมกิจกรรม\n        unit: ร้อยละ\n")
                    .append("        targets: {2568: 80}\n    activities:\n      - text: จัดกิจกรรมเสริม\n")
                    .append("        months: ม.ค. 2568\n        owner: งานวิชาการ\n");
        }
        String plan = Files.readString(Path.of("examples/action-plan.plan.yaml"))
                .replaceFirst("(?m)^format: 1$", "format: 1\ndigits: thai")
                .replaceFirst("(?m)^outline:", java.util.regex.Matcher.quoteReplacement(more.toString()) + "outline:");
        assertThat(plan).contains("digits: thai", "id: X12");
        Path source = dir.resolve("action-plan.plan.yaml");
        Files.writeString(source, plan);
        Cli.Result thai = Cli.run("build", source.toString(), "--out", dir.resolve("thai").toString(),
                "--format", "md,html,pdf");
        assertThat(thai.exitCode()).as(thai.err()).isZero();
    }

    private static Path official(String ext) {
        return dir.resolve("official").resolve("official-action-plan." + ext);
    }

    private static Path thai(String ext) {
        return dir.resolve("thai").resolve("action-plan." + ext);
    }

    /** A page's printed number or letter: official pages print it alone at the top, drawn last. */
    private static String label(String page) {
        List<String> lines = page.strip().lines().toList();
        return lines.get(lines.size() - 1).strip();
    }

    private static int number(String digits) {
        StringBuilder arabic = new StringBuilder();
        digits.codePoints().forEach(c -> arabic.append((char) (c >= 0x0E50 && c <= 0x0E59 ? '0' + c - 0x0E50 : c)));
        return Integer.parseInt(arabic.toString());
    }

    /** The list's entries, caption → listed page label, in the order listed. */
    private static Map<String, String> listed(List<String> pages) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int p = 1; p < pages.size(); p++) {
            if (BODY_LABEL.matcher(label(pages.get(p))).matches()) {
                continue; // the list is front matter, lettered
            }
            for (String line : pages.get(p).lines().toList()) {
                Matcher m = ENTRY.matcher(line.strip());
                if (m.matches()) {
                    assertThat(out.put(m.group(1), m.group(3))).as("listed twice: " + line).isNull();
                }
            }
        }
        return out;
    }

    /** Each caption printed in the body → the label of the page it stands on. */
    private static Map<String, String> printed(List<String> pages) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int p = 1; p < pages.size(); p++) {
            String label = label(pages.get(p));
            if (!BODY_LABEL.matcher(label).matches()) {
                continue;
            }
            for (String line : pages.get(p).lines().toList()) {
                if (CAPTION.matcher(line.strip()).matches()) {
                    assertThat(out.put(line.strip(), label)).as("printed twice: " + line).isNull();
                }
            }
        }
        return out;
    }

    private static void listedPagesAreWhereTheCaptionsStand(Path pdf, int atLeast) {
        List<String> pages = PdfTools.pages(pdf);
        Map<String, String> listed = listed(pages);
        Map<String, String> printed = printed(pages);
        assertThat(listed).hasSizeGreaterThanOrEqualTo(atLeast);
        // The same captions, in the same order, each listed with the page it is printed on.
        assertThat(List.copyOf(listed.keySet())).isEqualTo(List.copyOf(printed.keySet()));
        assertThat(listed).isEqualTo(printed);
        // Numbered 1, 2, 3 … without gaps.
        List<Integer> numbers = listed.keySet().stream().map(c -> CAPTION.matcher(c)).peek(Matcher::matches)
                .map(m -> number(m.group(1))).toList();
        assertThat(numbers).isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
    }

    @Test
    void everyTableIsListedWithThePageItsCaptionIsPrintedOn() {
        listedPagesAreWhereTheCaptionsStand(official("pdf"), 20);
    }

    @Test
    void aListOfSeveralPagesPushesTheBodyOnAndStillGivesEachTableItsPage() {
        List<String> pages = PdfTools.pages(thai("pdf"));
        long listPages = IntStream.range(1, pages.size())
                .filter(p -> !BODY_LABEL.matcher(label(pages.get(p))).matches())
                .filter(p -> pages.get(p).lines().anyMatch(l -> ENTRY.matcher(l.strip()).matches())).count();
        assertThat(listPages).isGreaterThan(1);
        listedPagesAreWhereTheCaptionsStand(thai("pdf"), 40);
    }

    @Test
    void withThaiDigitsTheCaptionsAndTheListAreInThaiDigits() throws IOException {
        List<String> pages = PdfTools.pages(thai("pdf"));
        Map<String, String> listed = listed(pages);
        assertThat(listed.keySet().iterator().next()).startsWith("ตารางที่ ๑ ");
        assertThat(String.join("\n", listed.keySet()) + String.join("\n", listed.values())).doesNotContainPattern("[0-9]");
        assertThat(printed(pages).keySet()).allSatisfy(c -> assertThat(c).doesNotContainPattern("[0-9]"));
        // The Markdown: numbers in Thai digits, anchors and links as they were.
        String md = Files.readString(thai("md"));
        assertThat(md).contains("- [ตารางที่ ๑](#table-1) ", "<a id=\"table-1\"></a>**ตารางที่ ๑** ");
    }

    @Test
    void noCaptionStandsAloneAtTheFootOfAPage() {
        for (Path pdf : List.of(official("pdf"), thai("pdf"))) {
            String layout = PdfTools.ok("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-");
            String[] pages = layout.split("\f");
            for (int p = 0; p < pages.length; p++) {
                List<String> lines = pages[p].lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                for (int i = 0; i < lines.size(); i++) {
                    if (CAPTION.matcher(lines.get(i)).matches() && !ENTRY.matcher(lines.get(i)).matches()) {
                        assertThat(i).as(pdf.getFileName() + " page " + (p + 1) + ": " + lines.get(i))
                                .isLessThan(lines.size() - 1);
                    }
                }
            }
        }
    }

    /**
     * Dots lead from each entry's text to its page, as in the contents: in a band right of the
     * longest caption (which ends before 65 % of the page's width) and left of the numbers, the
     * list of tables' page has ink on every entry's line, and only there (no text reaches it).
     */
    @Test
    void dotsLeadFromEachCaptionToItsPage() throws IOException {
        List<String> pages = PdfTools.pages(official("pdf"));
        int page = IntStream.range(0, pages.size()).filter(p -> pages.get(p).contains("สารบัญตาราง")
                && listed(List.of("", pages.get(p))).size() > 0).findFirst().orElseThrow() + 1;
        int entries = listed(List.of("", pages.get(page - 1))).size();
        Path out = Files.createTempDirectory(dir, "leaders");
        PdfTools.ok("pdftoppm", "-r", "100", "-gray", "-f", String.valueOf(page), "-l", String.valueOf(page),
                official("pdf").toString(), out.resolve("p").toString());
        Path pgm;
        try (var files = Files.list(out)) {
            pgm = files.findFirst().orElseThrow();
        }
        PdfTools.Gray gray = PdfTools.Gray.read(pgm);
        int left = (int) (gray.width() * 0.70);
        int right = (int) (gray.width() * 0.80);
        int inkedRows = 0;
        boolean inked = false;
        for (int y = 0; y < gray.height(); y++) {
            boolean now = gray.inkIn(left, y, right, y + 1, 160) > 0;
            if (now && !inked) {
                inkedRows++; // a line of dots starts
            }
            inked = now;
        }
        assertThat(inkedRows).isEqualTo(entries);
    }

    @Test
    void theListOfTablesHasABookmarkRightAfterTheContents() throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(official("pdf")));
        try {
            List<String> titles = SimpleBookmark.getBookmarkList(reader).stream()
                    .map(b -> String.valueOf(b.get("Title"))).toList();
            assertThat(titles).containsSubsequence("คำนำ", "สารบัญ", "สารบัญตาราง", "ส่วนที่ 1 บทนำ");
            assertThat(titles.indexOf("สารบัญตาราง")).isEqualTo(titles.indexOf("สารบัญ") + 1);
        } finally {
            reader.close();
        }
    }

    @Test
    void theHtmlListLinksToTheCaptionsAnchors() throws IOException {
        for (Path page : List.of(official("html"), thai("html"))) {
            String html = Files.readString(page);
            Set<String> ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html).results().map(m -> m.group(1))
                    .collect(Collectors.toSet());
            String list = html.substring(html.indexOf("<h2 id=\"list-of-tables\">"));
            list = list.substring(0, list.indexOf("</ul>"));
            List<String> targets = Pattern.compile("href=\"#(table-[0-9]+)\"").matcher(list).results()
                    .map(m -> m.group(1)).toList();
            assertThat(targets).isEqualTo(IntStream.rangeClosed(1, targets.size()).mapToObj(n -> "table-" + n).toList());
            assertThat(ids).containsAll(targets);
            // Every table of the page has its caption: as many captions as tables, as many as listed.
            assertThat(ids.stream().filter(id -> id.startsWith("table-"))).hasSize(targets.size());
            assertThat(html.split("<table>", -1).length - 1).isEqualTo(targets.size());
            // The contents name the list.
            assertThat(html).contains("<li class=\"toc-2\"><a href=\"#list-of-tables\">สารบัญตาราง</a></li>");
        }
    }

    @Test
    void aDocumentWithoutTablesHasNoListOfTables() throws Exception {
        String body = "# แผน\n\nสำนักงาน\n\n---\n\n## <a id=\"vision\"></a>วิสัยทัศน์\n\nผู้เรียนมีคุณภาพ\n";
        String table = "\n<a id=\"table-1\"></a>**ตารางที่ 1** ตัวชี้วัด\n\n| ตัวชี้วัด | ค่า |\n|---|---:|\n| อ่านออก | 90 |\n";
        String list = "\n## <a id=\"list-of-tables\"></a>สารบัญตาราง\n\n- [ตารางที่ 1](#table-1) ตัวชี้วัด\n";
        PdfRenderer renderer = new PdfRenderer(PdfFonts.bundled());
        List<String> without = pagesOf(renderer, body);
        List<String> with = pagesOf(renderer, body.replace("---\n", "---\n" + list) + table);
        assertThat(String.join("\n", without)).doesNotContain("สารบัญตาราง").doesNotContain("ตารางที่");
        assertThat(with).hasSize(without.size() + 1); // the list's page
        assertThat(with.get(2)).contains("สารบัญตาราง", "ตารางที่ 1 ตัวชี้วัด 1");
        assertThat(label(with.get(2))).isEqualTo("ข");
    }

    private static List<String> pagesOf(PdfRenderer renderer, String markdown) throws IOException {
        PdfDocumentInfo info = new PdfDocumentInfo("แผน", null, "สำนักงาน", "พ.ศ. 2568", "th-TH", false, "สารบัญ",
                "หน้า", Fixture.EPOCH, Fixture.sha256(markdown), List.of(), true, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(plan.render.markdown.MarkdownParser.parse(markdown), info, out);
        Path pdf = Files.createTempFile(dir, "doc", ".pdf");
        Files.write(pdf, out.toByteArray());
        return new ArrayList<>(PdfTools.pages(pdf));
    }
}
