package plan.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import plan.testing.Cli;
import plan.testing.Golden;

/**
 * The mistakes beginners make most, one small broken plan each in src/test/resources/mistakes
 * (its first line says which), with the output `plan check` gives in Thai ({@code NAME.th.txt})
 * and in English ({@code NAME.en.txt}). One mistake is one finding: never the parser's English,
 * never a second finding that only follows from the first.
 */
class MistakeGoldenTest {
    static final Path MISTAKES = Path.of("src/test/resources/mistakes");
    private static final Pattern FINDING = Pattern.compile("(?m)^\\S+:\\d+:\\d+: (error|warning|note)\\[([a-z-]+)\\]: (.*)$");
    /** Words of SnakeYAML's own messages, which must never reach the user. */
    private static final Pattern PARSER_WORDS = Pattern.compile(
            "while (parsing|scanning)|expected <|block (end|mapping|collection)|<stream end>|mapping values|simple key|found unexpected");

    static Stream<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(MISTAKES)) {
            return list.filter(p -> p.toString().endsWith(".plan.yaml")).sorted().toList().stream();
        }
    }

    private static String stem(Path file) {
        return file.getFileName().toString().replace(".plan.yaml", "");
    }

    @ParameterizedTest
    @MethodSource("files")
    void thaiOutputMatchesGoldenWithOneFinding(Path file) throws IOException {
        String output = check(file, "th");
        Golden.assertMatches(MISTAKES.resolve(stem(file) + ".th.txt"), output);
        assertOneFindingInPlainWords(output);
        Matcher m = FINDING.matcher(output);
        assertThat(m.find()).isTrue();
        assertThat(m.group(3)).as("a Thai message").containsPattern("[\\u0E01-\\u0E5B]");
    }

    @ParameterizedTest
    @MethodSource("files")
    void englishOutputMatchesGoldenWithOneFinding(Path file) throws IOException {
        String output = check(file, "en");
        Golden.assertMatches(MISTAKES.resolve(stem(file) + ".en.txt"), output);
        assertOneFindingInPlainWords(output);
    }

    private static void assertOneFindingInPlainWords(String output) {
        Matcher m = FINDING.matcher(output);
        int count = 0;
        while (m.find()) {
            count++;
        }
        assertThat(count).as("findings in:\n" + output).isEqualTo(1);
        assertThat(output).doesNotContainPattern(PARSER_WORDS);
        assertThat(output).as("a hint saying what to type").containsPattern("= (hint|คำแนะนำ): ");
    }

    private static String check(Path file, String lang) {
        Cli.Result r = Cli.run("check", "--lang", lang, "--color", "never", file.toString());
        return "exit " + r.exitCode() + "\n" + r.out() + r.err();
    }
}
