package plan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden files: expected output kept next to its input. Run the tests with
 * {@code -Dgolden.update=true} to rewrite them from the current output, then review the diff.
 */
public final class Golden {
    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** Compares {@code actual} with the file, or writes the file when updating. */
    public static void assertMatches(Path expectedFile, String actual) throws IOException {
        if (updating()) {
            Files.createDirectories(expectedFile.toAbsolutePath().getParent());
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(expectedFile)) {
            fail("no golden file " + expectedFile + "; run with -Dgolden.update=true to create it");
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail("output differs from " + expectedFile + " (run with -Dgolden.update=true to accept):\n"
                    + diff(expected, actual));
        }
        assertThat(actual).isEqualTo(expected);
    }

    /** A line diff, enough to see what changed: lines only in expected (-) or only in actual (+). */
    static String diff(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.append(String.format("+%4d| %s%n", j + 1, b.get(j++)));
            } else {
                out.append(String.format("-%4d| %s%n", i + 1, a.get(i++)));
            }
        }
        return out.toString();
    }
}
