package plan.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a source document as a reader would look for them in the output: layout white
 * space folded, and the leading list numbers and bullets dropped, since plan generates those.
 */
public final class SeedLines {
    public static final Path DIR = Path.of("src/test/resources/seeds");
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^(?:(?:\\d+(?:\\.\\d+)+\\.?|\\d+[.)]|\\(\\d+\\)|[•*\\-–])\\s*)+");

    private SeedLines() {
    }

    /** Seeds are named after the plan id they became. */
    public static List<String> of(String planId) throws IOException {
        return Files.readAllLines(DIR.resolve(planId + ".txt"), StandardCharsets.UTF_8).stream()
                .map(SeedLines::normalize)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    public static String normalize(String line) {
        String folded = fold(line);
        return LEADING_NUMBER.matcher(folded).replaceFirst("").strip();
    }

    /** Every run of white space (Unicode's, no-break space included) to one space; ends trimmed. */
    public static String fold(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean blank = Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.PRIVATE_USE; // Word's bullet glyphs
            if (blank) {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }
}
