package plan.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.SimpleBookmark;

import plan.testing.Cli;

/**
 * A results report's PDF and a roll-up's, as a plan's: the cover shows the title, the contents
 * follow, and the body starts on the next page, without a page that repeats the title alone.
 * Read back through the bookmarks, which name each heading and the page it is on.
 */
class ReportPdfPagesTest {
    @TempDir
    Path site;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"official", "modern"})
    void theReportsBodyStartsRightAfterItsCoverAndContents(String style) throws IOException {
        build(style);
        List<Mark> marks = marks(site.resolve("action-plan-q2.pdf"));
        // The title is the cover's (page 1) and no heading of the body's.
        assertThat(marks.stream().filter(m -> m.title().startsWith("รายงานผลการดำเนินงาน รอบ 6 เดือน")))
                .containsExactly(new Mark("รายงานผลการดำเนินงาน รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2568", 1));
        assertThat(firstChapterPage(marks, "สรุปผลการดำเนินงาน")).isEqualTo(contentsEnd(marks) + 1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"official", "modern"})
    void theRollupsBodyStartsRightAfterItsCoverAndContents(String style) throws IOException {
        build(style);
        List<Mark> marks = marks(site.resolve("spp-area-example.rollup.pdf"));
        assertThat(marks.stream().filter(m -> m.title().equals("ภาพรวมผลการดำเนินงานของสถานศึกษาในสังกัด")))
                .extracting(Mark::page).containsExactly(1);
        assertThat(firstChapterPage(marks, "สถานศึกษาในสังกัด")).isEqualTo(contentsEnd(marks) + 1);
    }

    private void build(String style) {
        Cli.Result r = Cli.run("build", "examples/action-plan.plan.yaml", "examples/action-plan-q2.results.yaml",
                "examples/area-office", "--style", style, "--format", "pdf", "--out", site.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    }

    /** A bookmark: its title and the page it leads to. */
    private record Mark(String title, int page) {
    }

    /** The page of the bookmark titled {@code title}: the body's first chapter. */
    private static int firstChapterPage(List<Mark> marks, String title) {
        return marks.stream().filter(m -> m.title().equals(title)).findFirst().orElseThrow().page();
    }

    /** The last page of the contents: the one before the first page a body heading leads to, after the contents' own bookmark. */
    private static int contentsEnd(List<Mark> marks) {
        Mark contents = marks.stream().filter(m -> m.title().equals("สารบัญ")).findFirst().orElseThrow();
        assertThat(contents.page()).as("the contents follow the cover").isEqualTo(2);
        return contents.page();
    }

    /** Every bookmark, in order, nested ones after their parent. */
    private static List<Mark> marks(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            List<Mark> out = new ArrayList<>();
            collect(SimpleBookmark.getBookmarkList(reader), out);
            return out;
        } finally {
            reader.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static void collect(List<Map<String, Object>> marks, List<Mark> out) {
        if (marks == null) {
            return;
        }
        for (Map<String, Object> m : marks) {
            String page = String.valueOf(m.get("Page"));
            out.add(new Mark(String.valueOf(m.get("Title")).strip(), Integer.parseInt(page.split(" ")[0])));
            collect((List<Map<String, Object>>) m.get("Kids"), out);
        }
    }
}
