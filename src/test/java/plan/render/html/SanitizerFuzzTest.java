package plan.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;

import plan.render.TemplateEngine;
import plan.render.TemplateFailure;
import plan.render.markdown.MarkdownParser;
import plan.render.markdown.SafeMarkdown;

/**
 * Fuzz targets for the Markdown-to-HTML sanitizing: whatever a plan's text or markdown field
 * holds, neither our HTML page nor the Markdown shown by a plain CommonMark renderer (raw HTML
 * passed through, no link filter) may contain active content. The corpus in
 * {@code SanitizerFuzzTestInputs/} replays in every run; to fuzz:
 * <pre>JAZZER_FUZZ=1 mvn -B test -Dtest='SanitizerFuzzTest#markdownField' -Djazzer.max_duration=30m</pre>
 */
@Tag("fuzz")
class SanitizerFuzzTest {
    private static final HtmlPageRenderer PAGE = page();
    private static final Map<String, Object> PAGE_WORDS = Map.of("lang", "th",
            "labels", Map.of("plans", "แผน", "contents", "สารบัญ"));

    @FuzzTest(maxDuration = "2m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void markdownField(String markdown) throws TemplateFailure {
        if (markdown == null) {
            return; // Jazzer's way of saying "no value"; a plan field is never null here
        }
        assertNoActiveContent(SafeMarkdown.block(markdown));
    }

    @FuzzTest(maxDuration = "2m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void textField(String text) throws TemplateFailure {
        if (text == null) {
            return;
        }
        // A text field lands inside the template's Markdown, e.g. after a list number.
        assertNoActiveContent(SafeMarkdown.document("1. " + SafeMarkdown.inline(text) + "\n"));
    }

    private static void assertNoActiveContent(String safe) throws TemplateFailure {
        String page = PAGE.render(MarkdownParser.parse(safe), PAGE_WORDS);
        assertThat(ActiveContent.in(page)).as("our page for %s", safe).isEmpty();
        MutableDataSet plain = new MutableDataSet();
        plain.set(HtmlRenderer.SUPPRESSED_LINKS, "");
        String elsewhere = HtmlRenderer.builder(plain).build().render(Parser.builder(plain).build().parse(safe));
        assertThat(ActiveContent.in(elsewhere)).as("a CommonMark viewer for %s", safe).isEmpty();
    }

    private static HtmlPageRenderer page() {
        try {
            return new HtmlPageRenderer(new TemplateEngine(null));
        } catch (TemplateFailure e) {
            throw new IllegalStateException(e);
        }
    }
}
