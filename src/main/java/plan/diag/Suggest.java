package plan.diag;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean": the closest known word within a small edit distance. */
public final class Suggest {
    private Suggest() {
    }

    /**
     * Longer words get no suggestion: nobody mistypes a 60-letter key, and {@link #distance} needs
     * length x length memory, so two 50,000-character ids in a 100 KB file ran out of heap.
     */
    static final int MAX_LENGTH = 64;

    public static String closest(String word, Collection<String> known) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() > MAX_LENGTH) {
            return null;
        }
        // Allow about one typo per three letters, so "title" does not suggest "tag".
        int allowed = Math.max(1, Math.min(3, word.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            String c = candidate.toLowerCase(Locale.ROOT);
            // Each edit changes the length by at most one, so lengths further apart than allowed rule it out.
            if (Math.abs(c.length() - w.length()) > allowed) {
                continue;
            }
            int d = distance(w, c);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /** Levenshtein distance, with a swap of two neighbours counted as one edit. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
