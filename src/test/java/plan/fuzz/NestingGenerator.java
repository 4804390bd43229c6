package plan.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Markdown that nests deep: lines of quotation and list markers in any mix and number (up to
 * thousands), indentation that nests lists, emphasis opened word after word and long runs of
 * marker characters, each line carrying numbered words ({@code w1}, {@code w2}) so a test can
 * tell whether every word survived. Driven by the fuzzer, or by a seeded random for plain runs.
 */
final class NestingGenerator {
    /** Where the choices come from. */
    interface Choices {
        int pick(int min, int max);
    }

    /** The text and the words in it. */
    record Sample(String markdown, List<String> words) {
    }

    private static final List<String> CONTAINERS = List.of("> ", "- ", "* ", "+ ", "1. ", "2) ", ">", "  ", "    ",
            "\t", "-\t", "> - ", "10. ");
    private static final List<String> OPENERS = List.of("*", "**", "_", "__", "~~", "***", "[", "`");
    private static final List<String> RUNS = List.of("*", "_", "-", "~", "`", "=", "#", "+", "- ", "* ", "_ ", "> ");

    private final Choices choices;
    private final List<String> words = new ArrayList<>();

    private NestingGenerator(Choices choices) {
        this.choices = choices;
    }

    static Sample sample(FuzzedDataProvider data) {
        return new NestingGenerator(data::consumeInt).make();
    }

    static Sample sample(long seed) {
        Random random = new Random(seed);
        return new NestingGenerator((min, max) -> min + random.nextInt(max - min + 1)).make();
    }

    private Sample make() {
        StringBuilder b = new StringBuilder();
        for (int lines = choices.pick(1, 8); lines > 0; lines--) {
            line(b);
            b.append(choices.pick(0, 3) == 0 ? "\n\n" : "\n");
        }
        return new Sample(b.toString(), List.copyOf(words));
    }

    private void line(StringBuilder b) {
        int depth = choices.pick(0, 3) == 0 ? choices.pick(0, 3000) : choices.pick(0, 20);
        boolean same = choices.pick(0, 1) == 0;
        String container = pick(CONTAINERS);
        for (int i = 0; i < depth; i++) {
            b.append(same ? container : pick(CONTAINERS));
        }
        switch (choices.pick(0, 3)) {
            case 0 -> { // a run of one marker around a word: *****w1*****
                String run = pick(RUNS).repeat(choices.pick(1, 6000));
                b.append(run).append(word()).append(new StringBuilder(run).reverse());
            }
            case 1 -> { // emphasis opened word after word, then closed: *w1 *w2 w3* w4*
                int n = choices.pick(1, 400);
                String opener = pick(OPENERS);
                for (int i = 0; i < n; i++) {
                    b.append(opener).append(word()).append(' ');
                }
                for (int i = 0; i < n; i++) {
                    b.append(word()).append(new StringBuilder(opener).reverse()).append(' ');
                }
            }
            default -> b.append(word()).append(' ').append(word());
        }
    }

    private String word() {
        String w = "w" + (words.size() + 1);
        words.add(w);
        return w;
    }

    private String pick(List<String> list) {
        return list.get(choices.pick(0, list.size() - 1));
    }
}
