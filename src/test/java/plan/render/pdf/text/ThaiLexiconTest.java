package plan.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
}
