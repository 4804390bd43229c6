package plan.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The trie holds exactly the words of its lists that it may hold: every one, and nothing else. */
class ThaiLexiconTest {
    @Test
    void theBundledTrieHoldsEveryThaiWordOfTheListsAndNoPrefixThatIsNotOne() throws IOException {
        Set<String> words = new HashSet<>();
        for (String resource : List.of("plan/words/thai-words.txt", "plan/words/plan-words.txt")) {
            try (InputStream in = ThaiLexicon.class.getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String w = line.strip();
                    if (!w.isEmpty() && w.length() <= 40 && w.chars().allMatch(ThaiLexicon::isThai)) {
                        words.add(w);
                    }
                }
            }
        }
        ThaiLexicon lexicon = ThaiLexicon.bundled();
        assertThat(words).hasSizeGreaterThan(20_000);
        assertThat(lexicon.size()).isEqualTo(words.size());
        int prefixes = 0;
        for (String w : words) {
            assertThat(lexicon.contains(w)).as(w).isTrue();
            for (int end = 1; end < w.length(); end++) {
                String prefix = w.substring(0, end);
                assertThat(lexicon.contains(prefix)).as(prefix).isEqualTo(words.contains(prefix));
                prefixes++;
            }
            assertThat(lexicon.contains(w + "ๆ")).isEqualTo(words.contains(w + "ๆ"));
        }
        assertThat(prefixes).isGreaterThan(50_000);
    }

    @Test
    void wordsInAnyOrderWithRepeatsAndBlanksMakeTheSameLexicon() {
        List<String> given = List.of("  ก  ", "กา", "ข", "กา", "", "กาแฟ", "abc", "ขอ", "ก");
        ThaiLexicon lexicon = ThaiLexicon.withWords(given);
        ThaiLexicon sorted = ThaiLexicon.withWords(List.of("ก", "กา", "กาแฟ", "ข", "ขอ"));
        assertThat(lexicon.size()).isEqualTo(sorted.size());
        for (String w : List.of("ก", "กา", "กาแ", "กาแฟ", "ข", "ขอ", "abc", "ค")) {
            assertThat(lexicon.contains(w)).as(w).isEqualTo(sorted.contains(w));
        }
        assertThat(lexicon.contains("กาแฟ")).isTrue();
        assertThat(lexicon.contains("กาแ")).isFalse();
        assertThat(lexicon.contains("abc")).isFalse();
    }

    @Test
    void theJarHoldsTheTrieItsListsMakeAndRunsReadThatOne() throws IOException {
        try (InputStream in = ThaiLexicon.class.getClassLoader().getResourceAsStream(ThaiLexicon.COMPILED)) {
            assertThat(in).as("the build compiles the word lists (mvn process-classes)").isNotNull();
            byte[] compiled = in.readAllBytes();
            assertThat(compiled).isEqualTo(ThaiLexicon.bundledFromLists().compile());
        }
        assertThat(ThaiLexicon.bundled().compile()).isEqualTo(ThaiLexicon.bundledFromLists().compile());
    }

    @Test
    void aCompiledTrieReadsBackAsTheSameTrieAndADamagedOneIsRefused() {
        ThaiLexicon made = ThaiLexicon.withWords(List.of("กาแฟร้อนเย็น"));
        byte[] bytes = made.compile();
        ThaiLexicon back = ThaiLexicon.decompile(bytes);
        assertThat(back).isNotNull();
        assertThat(back.compile()).isEqualTo(bytes);
        assertThat(back.size()).isEqualTo(made.size());
        for (String w : List.of("กาแฟร้อนเย็น", "กาแฟร้อนเย็", "กาแฟ", "ขอ", "คคคค")) {
            assertThat(back.contains(w)).as(w).isEqualTo(made.contains(w));
        }
        assertThat(ThaiLexicon.decompile(Arrays.copyOf(bytes, bytes.length - 1))).isNull();
        assertThat(ThaiLexicon.decompile(Arrays.copyOf(bytes, bytes.length + 8))).isNull();
        byte[] otherVersion = bytes.clone();
        otherVersion[7]++;
        assertThat(ThaiLexicon.decompile(otherVersion)).isNull();
        assertThat(ThaiLexicon.decompile(new byte[3])).isNull();
    }
}
