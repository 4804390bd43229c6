package plan.render.pdf.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * A Thai word list with compounds (พื้นฐาน, เป้าหมาย, สิ่งแวดล้อม) and the segmentation it implies:
 * maximal matching, i.e. the fewest words that cover a run of Thai letters, preferring the fewest
 * letters left unmatched. ICU's dictionary lacks these compounds, so a line breaker that asks only
 * ICU ends lines in the middle of them; asking this lexicon too keeps them whole.
 *
 * <p>The bundled list is the {@code wordcut} npm package's (fetched by the build, never
 * committed) plus a few compounds of planning documents it lacks (ผลสัมฤทธิ์, สถานศึกษา); a project
 * may add its own words in {@code plan.config.yaml}. The build stores the bundled list's trie in
 * the jar ({@link LexiconCompiler}). Immutable once built: share it across threads.
 */
public final class ThaiLexicon {
    /** The wordcut package's lists (fetched by the build) and our own words of planning documents. */
    private static final List<String> RESOURCES = List.of("plan/words/thai-words.txt", "plan/words/plan-words.txt");
    /** Longer words exist, but a dictionary entry longer than this is never needed to keep a line whole. */
    private static final int MAX_WORD = 40;

    /** The jar's word list, read once per JVM on first use: fixed data, the same for every build. */
    private static volatile ThaiLexicon bundled;

    /**
     * The bundled list as a trie made when the jar was built ({@link LexiconCompiler}): read in a
     * few milliseconds, where making it from the lists took about 70 ms of CPU at the start of
     * every run that typesets Thai. Absent (classes run from an IDE), the lists are read instead.
     */
    static final String COMPILED = "plan/words/thai-words.trie";
    /** The compiled form's first bytes: a format and its version ("PLTL", 1). */
    private static final int COMPILED_MAGIC = 0x504C544C;
    private static final int COMPILED_VERSION = 1;

    // A trie in flat arrays: node n's children are the chars edgeKeys[first[n]] to
    // edgeKeys[first[n + 1] - 1] (sorted), leading to the nodes at the same places of edgeKids.
    private final int[] first;
    private final char[] edgeKeys;
    private final int[] edgeKids;
    private final BitSet wordEnd;
    private final int size;

    private ThaiLexicon(Collection<String> words) {
        // Built before the compiler has seen this code (by the build, for the jar's compiled trie,
        // and by a run whose project adds words): plain loops and one sort of an array.
        String[] kept = new String[words.size()];
        int n = 0;
        for (String w : words) {
            String s = w.strip();
            if (!s.isEmpty() && s.length() <= MAX_WORD && allThai(s)) {
                kept[n++] = s;
            }
        }
        Arrays.sort(kept, 0, n);
        Builder b = new Builder();
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || !kept[i].equals(kept[i - 1])) {
                b.add(kept[i]);
                distinct++;
            }
        }
        b.finish();
        // Flattened in the order the nodes were made: node n's edges follow node n - 1's.
        first = new int[b.keys.size() + 1];
        for (int node = 0; node < b.keys.size(); node++) {
            first[node + 1] = first[node] + b.keys.get(node).length;
        }
        edgeKeys = new char[first[b.keys.size()]];
        edgeKids = new int[edgeKeys.length];
        for (int node = 0; node < b.keys.size(); node++) {
            System.arraycopy(b.keys.get(node), 0, edgeKeys, first[node], b.keys.get(node).length);
            System.arraycopy(b.kids.get(node), 0, edgeKids, first[node], b.kids.get(node).length);
        }
        wordEnd = b.wordEnd;
        size = distinct;
    }

    private ThaiLexicon(int[] first, char[] edgeKeys, int[] edgeKids, BitSet wordEnd, int size) {
        this.first = first;
        this.edgeKeys = edgeKeys;
        this.edgeKids = edgeKids;
        this.wordEnd = wordEnd;
        this.size = size;
    }

    private static boolean allThai(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isThai(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The word list shipped in the jar, loaded once. */
    public static ThaiLexicon bundled() {
        ThaiLexicon l = bundled;
        if (l == null) {
            synchronized (ThaiLexicon.class) {
                if (bundled == null) {
                    ThaiLexicon compiled = readCompiled();
                    bundled = compiled != null ? compiled : new ThaiLexicon(readBundled());
                }
                l = bundled;
            }
        }
        return l;
    }

    /** The bundled list plus the project's own words; the bundled list itself when there are none. */
    public static ThaiLexicon withWords(Collection<String> extra) {
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

    public boolean contains(String word) {
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
        int at = Arrays.binarySearch(edgeKeys, first[node], first[node + 1], c);
        return at < 0 ? -1 : edgeKids[at];
    }

    /** Thai letters, vowels and marks: the characters words are made of (not digits or ฯ). */
    public static boolean isThai(int c) {
        return (c >= 0x0E01 && c <= 0x0E2E) || (c >= 0x0E30 && c <= 0x0E3A) || (c >= 0x0E40 && c <= 0x0E4E);
    }

    /** The bundled list made from the word lists themselves: what the build compiles ({@link LexiconCompiler}). */
    static ThaiLexicon bundledFromLists() {
        return new ThaiLexicon(readBundled());
    }

    /**
     * This trie as bytes (big-endian): magic, version, word count, node count, edge count, then
     * {@code first}, the edges' chars, the edges' nodes, and the word ends as longs.
     */
    byte[] compile() {
        long[] ends = wordEnd.toLongArray();
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(6 * Integer.BYTES + first.length * Integer.BYTES
                + edgeKeys.length * Character.BYTES + edgeKids.length * Integer.BYTES + ends.length * Long.BYTES);
        out.putInt(COMPILED_MAGIC).putInt(COMPILED_VERSION).putInt(size).putInt(first.length - 1).putInt(edgeKeys.length)
                .putInt(ends.length);
        out.asIntBuffer().put(first);
        out.position(out.position() + first.length * Integer.BYTES);
        out.asCharBuffer().put(edgeKeys);
        out.position(out.position() + edgeKeys.length * Character.BYTES);
        out.asIntBuffer().put(edgeKids);
        out.position(out.position() + edgeKids.length * Integer.BYTES);
        out.asLongBuffer().put(ends);
        return out.array();
    }

    /** The trie {@link #compile} wrote, or null when {@code bytes} are not one (another version, cut short). */
    static ThaiLexicon decompile(byte[] bytes) {
        try {
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
            if (in.getInt() != COMPILED_MAGIC || in.getInt() != COMPILED_VERSION) {
                return null;
            }
            int size = in.getInt();
            int nodes = in.getInt();
            int edges = in.getInt();
            int longs = in.getInt();
            int[] first = new int[nodes + 1];
            char[] edgeKeys = new char[edges];
            int[] edgeKids = new int[edges];
            long[] ends = new long[longs];
            in.asIntBuffer().get(first);
            in.position(in.position() + first.length * Integer.BYTES);
            in.asCharBuffer().get(edgeKeys);
            in.position(in.position() + edges * Character.BYTES);
            in.asIntBuffer().get(edgeKids);
            in.position(in.position() + edges * Integer.BYTES);
            in.asLongBuffer().get(ends);
            in.position(in.position() + longs * Long.BYTES);
            boolean whole = !in.hasRemaining() && first[0] == 0 && first[nodes] == edges;
            return whole ? new ThaiLexicon(first, edgeKeys, edgeKids, BitSet.valueOf(ends), size) : null;
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            return null;
        }
    }

    /** The compiled bundled list in the jar, or null when the jar has none (then the lists are read). */
    private static ThaiLexicon readCompiled() {
        try (InputStream in = ThaiLexicon.class.getClassLoader().getResourceAsStream(COMPILED)) {
            return in == null ? null : decompile(in.readAllBytes());
        } catch (IOException e) {
            return null;
        }
    }

    private static List<String> readBundled() {
        List<String> words = new ArrayList<>(25_000);
        for (String resource : RESOURCES) {
            InputStream in = ThaiLexicon.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath (the build fetches it; run mvn package)");
            }
            try (in) {
                // One decoding of the file, then its lines (\n, \r\n or \r), as BufferedReader.readLine gives them.
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(words::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return words;
    }

    /**
     * Builds the trie from distinct words in sorted order, in one pass: the nodes on the path of
     * the last word are open (their children still arriving, in sorted order) and each is closed,
     * its children copied out once, when the next word leaves its subtree. Nodes are numbered in
     * the order they are made, the root 0.
     */
    private static final class Builder {
        private static final char[] NO_KEYS = new char[0];
        private static final int[] NO_KIDS = new int[0];

        final List<char[]> keys = new ArrayList<>();
        final List<int[]> kids = new ArrayList<>();
        final BitSet wordEnd = new BitSet();
        /** The open nodes: depth d holds the node the last word's first d chars lead to. */
        private final int[] path = new int[MAX_WORD + 1];
        private final char[][] openKeys = new char[MAX_WORD + 1][];
        private final int[][] openKids = new int[MAX_WORD + 1][];
        private final int[] openCount = new int[MAX_WORD + 1];
        private int depth;
        private String last = "";

        Builder() {
            path[0] = node();
        }

        private int node() {
            keys.add(NO_KEYS);
            kids.add(NO_KIDS);
            return keys.size() - 1;
        }

        void add(String word) {
            int common = 0;
            while (common < word.length() && common < last.length() && word.charAt(common) == last.charAt(common)) {
                common++;
            }
            closeDownTo(common);
            for (int d = common; d < word.length(); d++) {
                int child = node();
                addChild(d, word.charAt(d), child);
                path[d + 1] = child;
                openCount[d + 1] = 0;
            }
            depth = word.length();
            wordEnd.set(path[depth]);
            last = word;
        }

        /** The finished trie's arrays: every node still open is closed. */
        void finish() {
            closeDownTo(0);
            close(0);
        }

        private void closeDownTo(int d) {
            for (; depth > d; depth--) {
                close(depth);
            }
        }

        private void close(int d) {
            int n = openCount[d];
            if (n > 0) {
                keys.set(path[d], Arrays.copyOf(openKeys[d], n));
                kids.set(path[d], Arrays.copyOf(openKids[d], n));
            }
        }

        private void addChild(int d, char c, int child) {
            int n = openCount[d];
            if (openKeys[d] == null || n == openKeys[d].length) {
                int size = openKeys[d] == null ? 16 : n * 2;
                openKeys[d] = openKeys[d] == null ? new char[size] : Arrays.copyOf(openKeys[d], size);
                openKids[d] = openKids[d] == null ? new int[size] : Arrays.copyOf(openKids[d], size);
            }
            openKeys[d][n] = c;
            openKids[d][n] = child;
            openCount[d] = n + 1;
        }
    }
}
