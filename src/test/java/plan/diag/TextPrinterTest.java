package plan.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The excerpt under a finding: a window around the caret, the caret under its letter. */
class TextPrinterTest {
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @Test
    void aLongLineShowsAWindowWithTheCaretUnderItsLetter() {
        // 100 Thai syllables of a consonant and a tone mark (the mark takes no cell), then "X".
        String line = "ก่".repeat(100) + "X" + "ข".repeat(200);
        int column = 201; // code points: 2 per syllable, so X is code point 201
        String printed = print(List.of(finding("a.plan.yaml", 1, column)), Map.of("a.plan.yaml", Source.of("a.plan.yaml", line)));

        List<String> lines = printed.lines().toList();
        String excerpt = lines.get(2);
        String caret = lines.get(3);
        assertThat(excerpt).startsWith("1 | …").endsWith("…");
        // 60 code points before the caret's: 30 syllables, each one cell wide on a terminal.
        assertThat(excerpt).contains("ก่".repeat(30) + "X" + "ข".repeat(59) + "…");
        assertThat(excerpt).doesNotContain("ก่".repeat(31));
        int cells = "1 | …".length() + 30;
        assertThat(caret).isEqualTo("  | " + " ".repeat(cells - "  | ".length()) + "^");
    }

    @Test
    void aShortLineIsShownWholeAndEachFileIsLookedUpOnce() {
        Map<String, Source> sources = new java.util.HashMap<>();
        sources.put("a.plan.yaml", Source.of("a.plan.yaml", "vision: \u001b[31mred\ttab"));
        int[] lookups = {0};
        Map<String, Source> counting = new java.util.AbstractMap<>() {
            @Override
            public Source get(Object key) {
                lookups[0]++;
                return sources.get(key);
            }

            @Override
            public java.util.Set<Map.Entry<String, Source>> entrySet() {
                return sources.entrySet();
            }
        };
        String printed = print(List.of(finding("a.plan.yaml", 1, 9), finding("a.plan.yaml", 1, 14)), counting);
        assertThat(lookups[0]).isEqualTo(1);
        assertThat(printed).contains("1 | vision: ␛[31mred    tab\n").doesNotContain("\u001b").doesNotContain("…");
        assertThat(printed).contains("\n  |         ^\n").contains("\n  |              ^\n");
    }

    /** A bidi override shows as the README says, {@code <U+202E>}, and the caret still stands under its letter. */
    @Test
    void aBidiControlShowsAsItsCodeAndTheCaretStaysUnderItsLetter() {
        String printed = print(List.of(finding("a.plan.yaml", 1, 13)),
                Map.of("a.plan.yaml", Source.of("a.plan.yaml", "vision: a\u202Eb X")));
        assertThat(printed).contains("1 | vision: a<U+202E>b X\n").doesNotContain("\uFFFD").doesNotContain("\u202E");
        assertThat(printed).contains("\n  | " + " ".repeat("vision: a<U+202E>b ".length()) + "^\n");
    }

    private static Diagnostic finding(String file, int line, int column) {
        return new Diagnostic(file, line, column, Severity.ERROR, "empty-text", Message.of("check.empty-text", "vision"),
                null, null);
    }

    private static String print(List<Diagnostic> diagnostics, Map<String, Source> sources) {
        StringWriter out = new StringWriter();
        new TextPrinter(ENGLISH, false).print(diagnostics, sources, new PrintWriter(out, true));
        return out.toString();
    }
}
