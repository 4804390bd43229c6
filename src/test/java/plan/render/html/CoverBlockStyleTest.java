package plan.render.html;

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

import plan.testing.Cli;

/**
 * The official look centres and bolds a plan's title block (its cover, which ends at the first
 * rule) and nothing else: a results report and a roll-up have no rule, and their notes and
 * statuses are text. Judged by the styles Chromium computes, not by the stylesheet's words.
 */
@Tag("browser")
class CoverBlockStyleTest {
    /** Marks each paragraph of the main column with the look Chromium computed for it, for --dump-dom to show. */
    private static final String PROBE = "<script>for (const p of document.querySelectorAll('main > p, main > hr')) {"
            + " const s = getComputedStyle(p); p.setAttribute('data-look', p.tagName === 'HR' ? 'rule'"
            + " : (s.textAlign === 'center' && Number(s.fontWeight) >= 700) ? 'cover' : 'text'); }</script>";
    private static final Pattern LOOK = Pattern.compile("data-look=\"(\\w+)\"");

    @TempDir
    static Path site;

    @BeforeAll
    static void build() {
        Cli.Result r = Cli.run("build", "examples/action-plan.plan.yaml", "examples/action-plan-q2.results.yaml",
                "examples/action-plan-year-end.results.yaml", "examples/area-office", "--format", "md,html",
                "--out", site.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    }

    @Test
    void thePlansTitleBlockAloneIsCentredAndBold() throws IOException {
        List<String> looks = looks("action-plan.html");
        int rule = looks.indexOf("rule");
        assertThat(rule).as("the plan's title block ends at a rule").isPositive();
        assertThat(looks.subList(0, rule)).containsOnly("cover");
        assertThat(looks.subList(rule, looks.size())).doesNotContain("cover");
    }

    @Test
    void aReportsAndARollupsParagraphsAreText() throws IOException {
        for (String page : List.of("action-plan-q2.html", "action-plan-year-end.html", "spp-area-example.rollup.html")) {
            List<String> looks = looks(page);
            assertThat(looks).as(page).isNotEmpty().doesNotContain("cover", "rule");
        }
    }

    /** The look of each paragraph and rule of {@code page}'s main column, in order, as Chromium shows it. */
    private static List<String> looks(String page) throws IOException {
        Path probed = site.resolve("probed-" + page);
        Files.writeString(probed, Files.readString(site.resolve(page)).replace("</body>", PROBE + "</body>"));
        Tools.Result r = Tools.chromium("--dump-dom", probed.toUri().toString());
        assertThat(r.exit()).as("chromium --dump-dom %s: %s", probed, r.err()).isZero();
        List<String> looks = new ArrayList<>();
        Matcher m = LOOK.matcher(r.out());
        while (m.find()) {
            looks.add(m.group(1));
        }
        return looks;
    }
}
