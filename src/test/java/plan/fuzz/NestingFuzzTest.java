package plan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import plan.diag.Diagnostic;
import plan.render.TemplateEngine;
import plan.render.TemplateFailure;
import plan.render.html.HtmlPageRenderer;
import plan.render.markdown.MarkdownParser;
import plan.render.markdown.SafeMarkdown;
import plan.testing.Outputs;
import plan.testing.Plans;

/**
 * Deep nesting from {@link NestingGenerator}, as a markdown field and as a text field: the check
 * ends in diagnostics, and the HTML page is made (no stack overflow, in time) with every word.
 * Seeded samples run in every `mvn verify` (tag fuzz); to fuzz:
 * <pre>JAZZER_FUZZ=1 mvn -B test -Dtest='NestingFuzzTest#nestedMarkdown' -Djazzer.max_duration=30m</pre>
 */
@Tag("fuzz")
class NestingFuzzTest {
    private static final HtmlPageRenderer PAGE = page();
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("(?<![A-Za-z0-9])w\\d+(?![0-9])");

    @FuzzTest(maxDuration = "2m")
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void nestedMarkdown(FuzzedDataProvider data) throws TemplateFailure {
        verify(NestingGenerator.sample(data));
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 16);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void seededSamples(long seed) throws TemplateFailure {
        verify(NestingGenerator.sample(seed));
    }

    private static void verify(NestingGenerator.Sample sample) throws TemplateFailure {
        String body = sample.markdown();
        // As a section body (a literal block) through the check pipeline.
        String indented = body.replaceAll("(?m)^", "      ");
        List<Diagnostic> found = Pipeline.check((Plans.BASE + "sections:\n  - id: q\n    title: t\n    body: |\n"
                + indented).getBytes(StandardCharsets.UTF_8));
        assertThat(found).allSatisfy(d -> assertThat(d.rule()).isIn("markdown-nesting", "yaml-syntax"));
        // As a markdown field and as a text field (the vision's quotation) in a page.
        assertAllWords(SafeMarkdown.block(body), sample.words());
        assertAllWords(SafeMarkdown.document("> " + SafeMarkdown.inline(body) + "\n"), sample.words());
    }

    private static void assertAllWords(String markdown, List<String> words) throws TemplateFailure {
        String text = Outputs.htmlText(PAGE.render(MarkdownParser.parse(markdown), Map.of("lang", "th",
                "labels", Map.of("plans", "แผน", "contents", "สารบัญ"))));
        java.util.Set<String> found = new java.util.HashSet<>();
        java.util.regex.Matcher m = WORD.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        assertThat(found).as("words on the page of %s", abbreviate(markdown)).containsAll(words);
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    private static HtmlPageRenderer page() {
        try {
            return new HtmlPageRenderer(new TemplateEngine(null));
        } catch (TemplateFailure e) {
            throw new IllegalStateException(e);
        }
    }
}
