package plan.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Plain text without the parser gives what the parser gives: for every text the shortcut takes,
 * over many random strings (plain words, markup, odd spaces and characters) and every field of
 * the repository's plans, examples and frameworks.
 */
class PlainTextTest {
    /** Characters that plain words are made of: each one may be taken by the shortcut. */
    private static final String WORDS = "abcxyzABCXYZ0123456789กขคงจฉมยรลวศษสหอฮะัาำิีึืุูเแโใไ็่้๊๋์ํฯๆ๐๑๒๙"
            + "éüßЖж中文あア한" + ".,:;'\"()/?%-!@$^{}+=" + "“”‘’–—…•·฿©°×÷±§¶€£" + "\u0301\u20dd\uff0a\uff3b" + "\u00a0\u2003\u3000\u202f";
    /** Everything else: Markdown's own characters, other spaces, controls, format characters, a surrogate pair. */
    private static final String MARKUP = "\\`*_~[]<>&#|\n\r\t\u2028\u2029\u200b\u200d\ufeff\u00ad\u0000\ufffd"
            + "\ud83d\ude00";
    private static final List<String> STARTS = List.of("", " ", "  ", "   ", "    ", "     ", "\t", "1. ", "1) ",
            "12.", "1.5 ", "๑. ", "๑) ", "- ", "-", "+ ", "* ", "# ", "#", "> ", "= ", "---", "***", "___", "```",
            "~~~", "<p>", "<a href=x>", "&amp; ", "&#65;", "\\*", "[a]: /u\n", "| a | b |\n|---|---|\n", "ก\n===\n",
            "ก\n---\n");

    /** The first 3,000 random strings, in the quick loop. */
    @Test
    void theShortcutGivesWhatTheParserGivesForRandomStrings() {
        randomStrings(0, 3_000);
    }

    /** The next 9,000 of the same sequence, in {@code mvn verify}. */
    @Tag("slow")
    @Test
    void theShortcutGivesWhatTheParserGivesForManyMoreRandomStrings() {
        randomStrings(3_000, 12_000);
    }

    /** Strings {@code from} to {@code to} (exclusive) of one random sequence, each compared. */
    private static void randomStrings(int from, int to) {
        Random random = new Random(17);
        int taken = 0;
        for (int i = 0; i < to; i++) {
            String start = random.nextBoolean() ? "" : STARTS.get(random.nextInt(STARTS.size()));
            String text = start + body(random)
                    + (random.nextInt(8) == 0 ? STARTS.get(random.nextInt(STARTS.size())) + body(random) : "");
            if (i >= from) {
                taken += same(text) ? 1 : 0;
            }
        }
        // The generator must exercise the shortcut, not only the parser.
        assertThat(taken).isGreaterThan((to - from) / 5);
    }

    @Test
    void theShortcutGivesWhatTheParserGivesForEveryFieldOfThePlans() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Stream.of("plans", "examples", "frameworks").map(Path::of).flatMap(PlainTextTest::walk)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                LoaderOptions options = new LoaderOptions();
                options.setAllowDuplicateKeys(true);
                for (Object document : new Yaml(options).loadAll(Files.readString(file))) {
                    collect(document, texts);
                }
            }
        }
        long taken = texts.stream().filter(PlainTextTest::same).count();
        assertThat(texts).hasSizeGreaterThan(1_000);
        assertThat(taken).isGreaterThan(texts.size() / 4);
    }

    @Test
    void markupIsLeftToTheParser() {
        assertThat(PlainText.of("แผน **พัฒนา** การศึกษา")).isEqualTo("แผน พัฒนา การศึกษา");
        assertThat(PlainText.of("1. ปีงบประมาณ")).isEqualTo("ปีงบประมาณ");
        assertThat(PlainText.of("[สพป.](https://example.org) ศรีสะเกษ")).isEqualTo("สพป. ศรีสะเกษ");
        assertThat(PlainText.of("  แผนปฏิบัติการ ประจำปี 2568 (ฉบับทบทวน)  ")).isEqualTo("แผนปฏิบัติการ ประจำปี 2568 (ฉบับทบทวน)");
        assertThat(PlainText.isLiteral("แผนปฏิบัติการ ประจำปี 2568 (ฉบับทบทวน)")).isTrue();
        for (String markup : List.of("a *b*", "a_b_", "- a", "1. a", "๑. a", "1) a", "# a", "> a", "a <b>", "a &amp;",
                "a\\b", "a `b`", "a [b]", "a | b", "a ~~b~~", "a\nb", "    a", "a\u200bb", "a\u2028b")) {
            assertThat(PlainText.isLiteral(markup)).as(markup).isFalse();
        }
    }

    @Test
    void spacesOfEveryKindAtEitherEndAreTakenAsTheParserTakesThem() {
        for (String space : List.of(" ", "\u00a0", "\u2003", "\u3000", "\u202f", "\u00a0 ")) {
            for (String text : List.of(space + "แผน", "แผน" + space, "แผน" + space + "ปี", space + "1" + space)) {
                assertThat(same(text)).as(escaped(text)).isTrue();
            }
        }
    }

    /** Whether the shortcut took {@code text}; fails when it gave anything but the parser's answer. */
    private static boolean same(String text) {
        String parsed;
        try {
            parsed = new TextCollectingVisitor().collectAndGetText(MarkdownParser.parse(text)).strip();
        } catch (AssertionError e) {
            // flexmark checks itself with assertions, which tests enable; a few multi-line texts
            // trip one. Such a text is no plain words: the shortcut must leave it to the parser.
            assertThat(PlainText.isLiteral(text)).as("parser failed on %s", escaped(text)).isFalse();
            return false;
        }
        assertThat(PlainText.of(text)).as("plain text of %s", escaped(text)).isEqualTo(parsed);
        return PlainText.isLiteral(text);
    }

    private static String body(Random random) {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(24);
        boolean plain = random.nextBoolean(); // half of the bodies have no markup at all
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(10);
            if (pick < 3) {
                out.append(' ');
            } else if (pick < 9 || plain) {
                out.append(WORDS.charAt(random.nextInt(WORDS.length())));
            } else {
                int at = random.nextInt(MARKUP.length());
                out.append(Character.isHighSurrogate(MARKUP.charAt(at)) ? MARKUP.substring(at, at + 2)
                        : Character.isLowSurrogate(MARKUP.charAt(at)) ? "\ufffd" : String.valueOf(MARKUP.charAt(at)));
            }
        }
        return out.toString();
    }

    private static void collect(Object node, List<String> texts) {
        if (node instanceof String s) {
            texts.add(s);
        } else if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                collect(k, texts);
                collect(v, texts);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, texts));
        }
    }

    private static Stream<Path> walk(Path folder) {
        try {
            return Files.walk(folder).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> out.append(c < 32 || c > 126 && c < 0xa0 || c >= 0x2000 && c < 0x2100 || c == 0xfeff
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.append('"').toString();
    }
}
