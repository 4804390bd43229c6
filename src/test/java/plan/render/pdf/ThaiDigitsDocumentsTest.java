package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * {@code digits: thai}: the action-plan example, with a link and a web address in its own text,
 * built as HTML and PDF has no Arabic digit a reader sees outside web addresses (the title, cover,
 * running heads, page numbers, list numbers, years, amounts, table cells, chart labels and the
 * contents included), and text copied out of the PDF has the Thai digit characters.
 */
@Tag("pdf-tools")
class ThaiDigitsDocumentsTest {
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern ARABIC = Pattern.compile(".{0,30}[0-9].{0,30}");

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        String plan = Files.readString(Path.of("examples/action-plan.plan.yaml"))
                .replaceFirst("(?m)^format: 1$", "format: 1\ndigits: thai")
                .replaceFirst("(?m)^preamble: \\|\\n", "preamble: |\n  ดูรายละเอียดที่ <https://example.org/plan-2568> และ [ประกาศ 2567](https://example.org/n/2567)\n\n");
        assertThat(plan).contains("digits: thai", "<https://example.org/plan-2568>");
        Path source = dir.resolve("action-plan.plan.yaml");
        Files.writeString(source, plan);
        out = dir.resolve("site");
        Cli.Result r = Cli.run("build", source.toString(), "--out", out.toString(), "--format", "md,html,pdf");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    /** Each stretch of {@code text} around an Arabic digit, web addresses left out. */
    private static List<String> arabicDigits(String text) {
        Matcher m = ARABIC.matcher(URL.matcher(text).replaceAll(" "));
        return m.results().map(r -> r.group()).toList();
    }

    @Test
    void thePdfsTextHasThaiDigitsOnly() {
        List<String> pages = PdfTools.pages(out.resolve("action-plan.pdf"));
        String text = String.join("\n", pages);
        assertThat(arabicDigits(text)).isEmpty();
        assertThat(pages.get(0)).contains("พ.ศ. ๒๕๖๘");
        assertThat(text).contains("๓๑๔,๒๕๐.๕๐", "ปีที่ ๑–๓", "https://example.org/plan-2568");
        // Page numbers: the official page's number stands alone on its line, in Thai digits.
        assertThat(pages.get(pages.size() - 1)).containsPattern("(?m)^[๐-๙]+$");
    }

    @Test
    void theHtmlShowsThaiDigitsOnlyAndNumbersItsListsSo() throws IOException {
        String html = Files.readString(out.resolve("action-plan.html"));
        String visible = html.replaceAll("(?s)<style.*?</style>", "").replaceAll("<[^>]*>", " ");
        assertThat(arabicDigits(visible)).isEmpty();
        assertThat(html).contains("<body class=\"thai-digits\">", "href=\"#P1\"", "href=\"https://example.org/n/2567\"");
        assertThat(Files.readString(out.resolve("assets/plan.css"))).contains(".thai-digits main ol { list-style-type: thai; }");
    }

    @Test
    void theMarkdownKeepsLinkTargetsAndCodeAndTheSourceWhatWasTyped() throws IOException {
        String md = Files.readString(out.resolve("action-plan.md"));
        assertThat(md).contains("[ประกาศ ๒๕๖๗](https://example.org/n/2567)", "https://example.org/plan-2568",
                "](#P1)", "๓๑๔,๒๕๐.๕๐");
        assertThat(Files.readString(dir.resolve("action-plan.plan.yaml"))).contains("total: 48500");
    }
}
