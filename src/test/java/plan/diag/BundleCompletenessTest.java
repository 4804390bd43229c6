package plan.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every word a user reads exists in Thai and in English: each message bundle under
 * src/main/resources with a Thai twin ({@code NAME_th.properties} beside {@code NAME.properties},
 * or {@code NAME-th} beside {@code NAME-en}) has the same keys, none blank, and every Thai
 * wording has Thai in it (a wording of no letters at all, such as a separator, aside).
 */
class BundleCompletenessTest {
    private static final Path RESOURCES = Path.of("src/main/resources");

    /** Pairs of (English, Thai) bundle files. */
    static List<Path[]> pairs() throws IOException {
        List<Path[]> pairs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path thai : files.filter(p -> p.toString().matches(".*[_-]th\\.properties")).toList()) {
                String name = thai.getFileName().toString();
                Path english = thai.resolveSibling(name.endsWith("_th.properties")
                        ? name.replace("_th.properties", ".properties") : name.replace("-th.properties", "-en.properties"));
                pairs.add(new Path[] {english, thai});
            }
        }
        return pairs;
    }

    @Test
    void everyBundleHasEveryKeyInBothLanguages() throws IOException {
        List<Path[]> pairs = pairs();
        assertThat(pairs).as("the bundles found").hasSizeGreaterThanOrEqualTo(3);
        List<String> problems = new ArrayList<>();
        for (Path[] pair : pairs) {
            assertThat(pair[0]).as("the English twin of " + pair[1]).exists();
            Properties english = load(pair[0]);
            Properties thai = load(pair[1]);
            for (String key : english.stringPropertyNames()) {
                if (!thai.containsKey(key)) {
                    problems.add(pair[1] + ": no Thai for " + key);
                }
            }
            for (String key : thai.stringPropertyNames()) {
                if (!english.containsKey(key)) {
                    problems.add(pair[0] + ": no English for " + key);
                }
                String value = thai.getProperty(key);
                if (value.codePoints().anyMatch(Character::isLetter) && value.codePoints().noneMatch(c -> c >= 0x0E01 && c <= 0x0E5B)) {
                    problems.add(pair[1] + ": " + key + " is not in Thai: " + value);
                }
            }
            for (String key : english.stringPropertyNames()) {
                if (english.getProperty(key).isEmpty() || thai.getProperty(key, "x").isEmpty()) {
                    problems.add(pair[0] + ": " + key + " is empty");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
