package plan.render.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * A Thai word list with compounds (พื้นฐาน, เป้าหมาย, สิ่งแวดล้อม) and the segmentation it implies:
 * maximal matching, i.e. the fewest words that cover a run of Thai letters, preferring the fewest
 * letters left unmatched. ICU's dictionary lacks these compounds, so a line breaker that asks only
 * ICU ends lines in the middle of them; asking this lexicon too keeps them whole.
 *
 * <p>The bundled list is the {@code wordcut} npm package's (fetched by the build, never
 * committed) plus a few compounds of planning documents it lacks (ผลสัมฤทธิ์, สถานศึกษา); a project
 * may add its own words in {@code plan.config.yaml}. Immutable once built: share it across threads.
 */
final class ThaiLexicon {
    /** The wordcut package's lists (fetched by the build) and our own words of planning documents. */
    private static final List<String> RESOURCES = List.of("plan/words/thai-words.txt", "plan/words/plan-words.txt");
    /** Longer words exist, but a dictionary entry longer than this is never needed to keep a line whole. */
    private static final int MAX_WORD = 40;

    private static volatile ThaiLexicon bundled;

    // A trie in arrays: node n's children are the chars keys[n] (sorted) leading to nodes kids[n].
    private final char[][] keys;
    private final int[][] kids;
    private final BitSet wordEnd;
    private final int size;

    private ThaiLexicon(Collection<String> words) {
        TreeMap<String, Boolean> sorted = new TreeMap<>();
        for (String w : words) {
            String s = w.strip();
            if (!s.isEmpty() && s.length() <= MAX_WORD && s.chars().allMatch(ThaiLexicon::isThai)) {
                sorted.put(s, Boolean.TRUE);
            }
        }
        Builder b = new Builder();
        sorted.keySet().forEach(b::add);
        keys = b.keys.toArray(char[][]::new);
        kids = b.kids.toArray(int[][]::new);
        wordEnd = b.wordEnd;
        size = sorted.size();
    }

    /** The word list shipped in the jar, loaded once. */
    static ThaiLexicon bundled() {
        ThaiLexicon l = bundled;
        if (l == null) {
            synchronized (ThaiLexicon.class) {
                if (bundled == null) {
                    bundled = new ThaiLexicon(readBundled());
                }
                l = bundled;
            }
        }
        return l;
    }

    /** The bundled list plus the project's own words; the bundled list itself when there are none. */
    static ThaiLexicon withWords(Collection<String> extra) {
        if (extra == null || extra.isEmpty()) {
            return bundled();
        }
        List<String> all = new ArrayList<>(readBundled());
        all.addAll(extra);
        return new ThaiLexicon(all);
    }

    int size() {
        return size;
    }

    boolean contains(String word) {
        int node = 0;
        for (int i = 0; i < word.length(); i++) {
            node = child(node, word.charAt(i));
            if (node < 0) {
                return false;
            }
        }
        return wordEnd.get(node);
    }

    /**
     * Positions inside {@code text} where the lexicon sees no word boundary: bit p set means a line
     * must not end before char p. Only runs of Thai letters are segmented; elsewhere nothing is
     * forbidden. Linear in the text (each position tries at most {@link #MAX_WORD} letters).
     */
    BitSet forbidden(String text) {
        BitSet out = new BitSet(text.length() + 1);
        int i = 0;
        while (i < text.length()) {
            if (!isThai(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isThai(text.charAt(i))) {
                i++;
            }
            segmentRun(text, start, i, out);
        }
        return out;
    }

    /** Maximal matching over [start, end); marks the positions inside words and unknown stretches. */
    private void segmentRun(String text, int start, int end, BitSet out) {
        int n = end - start;
        // cost: unknown letters first, then words; from: where the best piece ending here starts
        long[] cost = new long[n + 1];
        int[] from = new int[n + 1];
        boolean[] unknown = new boolean[n + 1];
        Arrays.fill(cost, Long.MAX_VALUE);
        cost[0] = 0;
        for (int i = 0; i < n; i++) {
            if (cost[i] == Long.MAX_VALUE) {
                continue;
            }
            int node = 0;
            for (int j = i; j < n && j - i < MAX_WORD; j++) {
                node = child(node, text.charAt(start + j));
                if (node < 0) {
                    break;
                }
                if (wordEnd.get(node) && canEndBefore(text, start + j + 1, end)) {
                    relax(cost, from, unknown, i, j + 1, cost[i] + 1, false);
                }
            }
            // An unknown letter, with the marks that belong to it.
            int next = i + 1;
            while (next < n && !canEndBefore(text, start + next, end)) {
                next++;
            }
            relax(cost, from, unknown, i, next, cost[i] + ((long) (next - i) << 32) + 1, true);
        }
        // Walk back: every position strictly inside a piece is forbidden, and so is the seam
        // between two unknown pieces (an unknown stretch is one word as far as we know).
        int p = n;
        while (p > 0) {
            int s = from[p];
            out.set(start + s + 1, start + p);
            if (unknown[p] && s > 0 && unknown[s]) {
                out.set(start + s);
            }
            p = s;
        }
    }

    private static void relax(long[] cost, int[] from, boolean[] unknown, int i, int j, long c, boolean unk) {
        if (c < cost[j]) {
            cost[j] = c;
            from[j] = i;
            unknown[j] = unk;
        }
    }

    /** Whether a word may end before {@code p}: not before a mark or a vowel that follows its consonant. */
    private static boolean canEndBefore(String text, int p, int end) {
        if (p >= end) {
            return true;
        }
        char c = text.charAt(p);
        return !(c == '\u0E30' || c == '\u0E31' || c == '\u0E32' || c == '\u0E33' || (c >= '\u0E34' && c <= '\u0E3A')
                || c == '\u0E45' || c == '\u0E46' || (c >= '\u0E47' && c <= '\u0E4E'));
    }

    private int child(int node, char c) {
        char[] k = keys[node];
        int at = Arrays.binarySearch(k, c);
        return at < 0 ? -1 : kids[node][at];
    }

    /** Thai letters, vowels and marks: the characters words are made of (not digits or ฯ). */
    static boolean isThai(int c) {
        return (c >= 0x0E01 && c <= 0x0E2E) || (c >= 0x0E30 && c <= 0x0E3A) || (c >= 0x0E40 && c <= 0x0E4E);
    }

    private static List<String> readBundled() {
        List<String> words = new ArrayList<>(25_000);
        for (String resource : RESOURCES) {
            InputStream in = ThaiLexicon.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath (the build fetches it; run mvn package)");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    words.add(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return words;
    }

    /** Builds the trie from words in sorted order, so each node's children arrive sorted. */
    private static final class Builder {
        final List<char[]> keys = new ArrayList<>();
        final List<int[]> kids = new ArrayList<>();
        final BitSet wordEnd = new BitSet();

        Builder() {
            node();
        }

        private int node() {
            keys.add(new char[0]);
            kids.add(new int[0]);
            return keys.size() - 1;
        }

        void add(String word) {
            int node = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                char[] k = keys.get(node);
                int at = Arrays.binarySearch(k, c);
                if (at >= 0) {
                    node = kids.get(node)[at];
                } else {
                    int ins = -at - 1;
                    int fresh = node();
                    char[] nk = new char[k.length + 1];
                    int[] nc = new int[k.length + 1];
                    int[] oc = kids.get(node);
                    System.arraycopy(k, 0, nk, 0, ins);
                    System.arraycopy(oc, 0, nc, 0, ins);
                    nk[ins] = c;
                    nc[ins] = fresh;
                    System.arraycopy(k, ins, nk, ins + 1, k.length - ins);
                    System.arraycopy(oc, ins, nc, ins + 1, k.length - ins);
                    keys.set(node, nk);
                    kids.set(node, nc);
                    node = fresh;
                }
            }
            wordEnd.set(node);
        }
    }
}
