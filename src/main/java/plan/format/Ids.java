package plan.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The id syntax of the format: a letter first, then letters, digits, marks, '.', '_' or '-'.
 * Any script's letters of the Basic Multilingual Plane count (Thai with its vowel and tone marks,
 * Greek, Cyrillic, Lao, Chinese …), so no id can name a path. A character beyond that plane
 * (𝐀, an emoji) is none: a pattern read alike with and without the 'u' flag cannot tell its
 * letters from the rest, and the schemas must accept exactly what the check accepts. Which characters are letters, digits (Unicode Nd) and marks (Mn,
 * Mc) is read from {@code id-characters.txt}, made from a JDK's Unicode tables and kept with the
 * code: a plan checks the same on every Java, and the schemas printed from {@link #pattern} are
 * the same on every machine. The check and the schemas both read this class, never a copy.
 */
public final class Ids {
    /** The kinds of the table: a letter may start an id, a digit a framework item's id, a mark neither. */
    static final char LETTER = 'L';
    static final char DIGIT = 'D';
    static final char MARK = 'M';
    static final String TABLE = "id-characters.txt";

    // Ranges of the table, sorted and disjoint: fixed data of the jar, read once per JVM.
    private static final int[] FROM;
    private static final int[] TO;
    private static final char[] KIND;

    static {
        List<int[]> rows = new ArrayList<>();
        try (InputStream in = Ids.class.getResourceAsStream(TABLE);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                // FROM-TO KIND, in hexadecimal
                String[] parts = line.split("[- ]");
                rows.add(new int[] {Integer.parseInt(parts[0], 16), Integer.parseInt(parts[1], 16), parts[2].charAt(0)});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FROM = rows.stream().mapToInt(row -> row[0]).toArray();
        TO = rows.stream().mapToInt(row -> row[1]).toArray();
        KIND = new char[rows.size()];
        for (int i = 0; i < KIND.length; i++) {
            KIND[i] = (char) rows.get(i)[2];
        }
    }

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && !id.isEmpty() && kind(id.codePointAt(0)) == LETTER && rest(id);
    }

    /** A framework item's id: as an id, but a digit may come first ({@code 3}, {@code 2.1}). */
    public static boolean isValidItemId(String id) {
        if (id == null || id.isEmpty()) {
            return false;
        }
        char first = kind(id.codePointAt(0));
        return (first == LETTER || first == DIGIT) && rest(id);
    }

    private static boolean rest(String id) {
        return id.codePoints().allMatch(c -> kind(c) != 0 || c == '.' || c == '_' || c == '-');
    }

    /** The kind of {@code c} in the table, or 0 where it is none of them (always beyond the BMP). */
    static char kind(int c) {
        if (c > 0xFFFF) {
            return 0;
        }
        int lo = 0;
        int hi = FROM.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < FROM[mid]) {
                hi = mid - 1;
            } else if (c > TO[mid]) {
                lo = mid + 1;
            } else {
                return KIND[mid];
            }
        }
        return 0;
    }

    /**
     * The ids {@link #isValid} (or, with {@code itemId}, {@link #isValidItemId}) accepts, as an
     * ECMA-262 pattern read alike with and without the 'u' flag (not every validator sets it), so
     * without \p{L}: the letters of the Basic Multilingual Plane listed in ranges.
     */
    public static String pattern(boolean itemId) {
        String first = characters(itemId ? Set.of(LETTER, DIGIT) : Set.of(LETTER), "");
        String next = characters(Set.of(LETTER, DIGIT, MARK), "._-"); // '-' last: no range
        return "^" + first + next + "*$";
    }

    /** A class of the BMP characters of {@code kinds}, adjacent ranges joined, then {@code more} as written. */
    private static String characters(Set<Character> kinds, String more) {
        StringBuilder out = new StringBuilder("[");
        int from = -1;
        int to = -2;
        for (int i = 0; i <= FROM.length; i++) {
            boolean end = i == FROM.length || FROM[i] > 0xFFFF;
            if (!end && !kinds.contains(KIND[i])) {
                continue;
            }
            if (!end && FROM[i] == to + 1) {
                to = TO[i];
                continue;
            }
            if (from >= 0) {
                out.append(character(from));
                if (to > from) {
                    out.append(to > from + 1 ? "-" : "").append(character(to));
                }
            }
            if (end) {
                break;
            }
            from = FROM[i];
            to = Math.min(TO[i], 0xFFFF);
        }
        return out.append(more).append(']').toString();
    }

    private static String character(int c) {
        boolean plain = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
        return plain ? Character.toString(c) : String.format("\\u%04X", c);
    }
}
