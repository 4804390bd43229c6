package plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Nothing lost", proved by words: every word of the source (a run of letters and their marks;
 * numbers are rewritten, 1,250,000 as 1250000, so they are left to the tests of amounts) is in
 * the plan file outside its comments. The labels of a SWOT list are named by the analysis's keys
 * instead, so they are the one set of words a test may excuse.
 */
final class SourceWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    private SourceWords() {
    }

    static Set<String> of(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The plan file without its comment lines and end-of-line comments. */
    static String withoutComments(String yaml) {
        StringBuilder b = new StringBuilder();
        for (String line : yaml.split("\n")) {
            if (line.stripLeading().startsWith("#")) {
                continue;
            }
            b.append(line.replaceFirst("\\s+#\\s.*$", "")).append('\n');
        }
        return b.toString();
    }

    static void allKept(Collection<String> sourceTexts, String yaml, String... excused) {
        Set<String> source = of(String.join("\n", sourceTexts));
        source.removeAll(Set.of(excused));
        Set<String> kept = of(withoutComments(yaml).replace("\\", ""));
        source.removeAll(kept);
        assertThat(source).as("words of the source missing from the plan file").isEmpty();
    }
}
