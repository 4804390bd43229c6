package plan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import plan.testing.Cli;
import plan.testing.Outputs;
import plan.testing.SeedLines;

/**
 * The product's central promise: every line of each office's source document is in that plan's
 * Markdown, HTML and PDF (numbers and bullets aside, which plan generates itself).
 */
@Tag("pdf-tools")
class SeedSurvivalTest {
    @TempDir
    static Path site;

    @BeforeAll
    static void build() {
        Cli.Result r = Cli.run("build", "plans", "--out", site.toString(), "--lang", "en");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"spp-sisaket-2", "spm-sisaket-yasothon", "spp-mahasarakham-2"})
    void everySeedLineIsInTheMarkdown(String id) throws IOException {
        String text = Outputs.markdownText(Files.readString(site.resolve(id + ".md")));
        List<String> lines = SeedLines.of(id);
        assertThat(lines).hasSizeGreaterThan(20);
        assertThat(Outputs.missing(lines, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"spp-sisaket-2", "spm-sisaket-yasothon", "spp-mahasarakham-2"})
    void everySeedLineIsInTheHtml(String id) throws IOException {
        String text = Outputs.htmlText(Files.readString(site.resolve(id + ".html")));
        assertThat(Outputs.missing(SeedLines.of(id), text)).isEmpty();
    }

    /**
     * pdftotext breaks lines where the page did and may lose the spaces there, so lines are
     * compared without white space; word order and every character still have to match.
     */
    @ParameterizedTest
    @ValueSource(strings = {"spp-sisaket-2", "spm-sisaket-yasothon", "spp-mahasarakham-2"})
    void everySeedLineIsInThePdf(String id) throws Exception {
        String text = noSpace(withoutRunningHeads(Outputs.pdfText(site.resolve(id + ".pdf"))));
        List<String> lines = SeedLines.of(id).stream().map(SeedSurvivalTest::noSpace).toList();
        assertThat(Outputs.missing(lines, text)).isEmpty();
    }

    /**
     * Drops each page's running head and page number (every page but the cover has them): the
     * first line is the running head (modern) or the page's number at the top (official), and a
     * modern page's number also stands alone at its foot.
     */
    private static String withoutRunningHeads(String pdfText) {
        String[] pages = pdfText.split("\f");
        StringBuilder out = new StringBuilder(pages[0]);
        for (int i = 1; i < pages.length; i++) {
            List<String> lines = pages[i].lines().filter(l -> !l.isBlank()).toList();
            int to = lines.size();
            if (to > 1 && lines.get(to - 1).strip().matches("[0-9\u0E50-\u0E59]+")) {
                to--;
            }
            if (to > 1) {
                out.append('\n').append(String.join("\n", lines.subList(1, to)));
            }
        }
        return out.toString();
    }

    private static String noSpace(String s) {
        return s.replaceAll("[\\s\\u00a0\\u200b]+", "");
    }
}
