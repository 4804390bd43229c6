package plan.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.format.Type.Struct;
import plan.format.Type;
import plan.model.Value;

/**
 * Pairs the items of one list in OLD with those in NEW, then reports each pair (changed, or
 * moved when its place among the paired items changed) and each item left alone (added or
 * removed). Items with ids or keys pair by them; items without (guidelines) pair first when they
 * say the same thing, then by likeness of wording, then by place between the pairs already made.
 */
final class Matching {
    /** Below this share of common words two texts are different items, not one reworded. */
    private static final double ALIKE = 0.5;

    private final PlanDiff diff;
    private final Type type;
    private final Struct struct;
    private final PlanDiff.At at;

    Matching(PlanDiff diff, Type type, Struct struct, PlanDiff.At at) {
        this.diff = diff;
        this.type = type;
        this.struct = struct;
        this.at = at;
    }

    void byKey(List<Value> old, List<Value> now, String key) {
        Map<String, Integer> inOld = index(old, key);
        Map<String, Integer> inNew = index(now, key);
        int[] pair = new int[now.size()];
        Arrays.fill(pair, -1);
        inNew.forEach((k, j) -> pair[j] = inOld.getOrDefault(k, -1));
        report(old, now, pair);
    }

    void byLikeness(List<Value> old, List<Value> now) {
        int[] pair = new int[now.size()];
        Arrays.fill(pair, -1);
        boolean[] taken = new boolean[old.size()];
        // 1. the same items, in order (longest common subsequence)
        int[][] lcs = new int[old.size() + 1][now.size() + 1];
        for (int i = old.size() - 1; i >= 0; i--) {
            for (int j = now.size() - 1; j >= 0; j--) {
                lcs[i][j] = same(old.get(i), now.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        for (int i = 0, j = 0; i < old.size() && j < now.size(); ) {
            if (lcs[i][j] == lcs[i + 1][j + 1] + 1 && same(old.get(i), now.get(j))) {
                pair[j++] = i;
                taken[i++] = true;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        // 2. the same item moved elsewhere
        for (int j = 0; j < now.size(); j++) {
            for (int i = 0; i < old.size() && pair[j] < 0; i++) {
                if (!taken[i] && same(old.get(i), now.get(j))) {
                    pair[j] = i;
                    taken[i] = true;
                }
            }
        }
        // 3. a reworded item: most alike first
        List<double[]> alike = new ArrayList<>();
        for (int j = 0; j < now.size(); j++) {
            for (int i = 0; i < old.size(); i++) {
                if (pair[j] < 0 && !taken[i]) {
                    double s = WordDiff.likeness(diff.summary(struct, old.get(i)), diff.summary(struct, now.get(j)));
                    if (s >= ALIKE) {
                        alike.add(new double[] {s, -Math.abs(i - j), i, j});
                    }
                }
            }
        }
        alike.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(b[1], a[1]));
        for (double[] a : alike) {
            int i = (int) a[2], j = (int) a[3];
            if (pair[j] < 0 && !taken[i]) {
                pair[j] = i;
                taken[i] = true;
            }
        }
        // 4. what is left between two pairs pairs by place: one rewritten item stays one item
        int lastOld = -1;
        for (int j = 0; j < now.size(); j++) {
            if (pair[j] >= 0) {
                lastOld = Math.max(lastOld, pair[j]);
                continue;
            }
            int next = nextPaired(pair, j, old.size());
            for (int i = lastOld + 1; i < next; i++) {
                if (!taken[i]) {
                    pair[j] = i;
                    taken[i] = true;
                    lastOld = i;
                    break;
                }
            }
        }
        report(old, now, pair);
    }

    private static int nextPaired(int[] pair, int from, int end) {
        for (int j = from + 1; j < pair.length; j++) {
            if (pair[j] >= 0) {
                return pair[j];
            }
        }
        return end;
    }

    private boolean same(Value a, Value b) {
        return diff.same(type, struct, a, b, at);
    }

    /** pair[j]: the OLD index paired with NEW's j, or -1. */
    private void report(List<Value> old, List<Value> now, int[] pair) {
        boolean[] kept = new boolean[old.size()];
        for (int p : pair) {
            if (p >= 0) {
                kept[p] = true;
            }
        }
        for (int i = 0; i < old.size(); i++) {
            if (!kept[i]) {
                diff.item(type, struct, old.get(i), null, at);
            }
        }
        boolean[] inOrder = inOrder(pair);
        int[] oldRank = ranks(pair, old.size());
        int rank = 0;
        for (int j = 0; j < now.size(); j++) {
            if (pair[j] < 0) {
                diff.item(type, struct, null, now.get(j), at);
                continue;
            }
            rank++;
            if (!inOrder[j]) {
                diff.moved(struct, now.get(j), at, oldRank[pair[j]], rank);
            }
            diff.item(type, struct, old.get(pair[j]), now.get(j), at);
        }
    }

    /** Places among the paired items only: an item added before another does not move it. */
    private static int[] ranks(int[] pair, int oldSize) {
        boolean[] paired = new boolean[oldSize];
        for (int p : pair) {
            if (p >= 0) {
                paired[p] = true;
            }
        }
        int[] rank = new int[oldSize];
        for (int i = 0, r = 0; i < oldSize; i++) {
            if (paired[i]) {
                rank[i] = ++r;
            }
        }
        return rank;
    }

    /** The pairs on the longest increasing run of OLD places stayed; the others moved. */
    private static boolean[] inOrder(int[] pair) {
        int n = pair.length;
        int[] len = new int[n];
        int[] prev = new int[n];
        int best = -1;
        for (int j = 0; j < n; j++) {
            prev[j] = -1;
            if (pair[j] < 0) {
                continue;
            }
            len[j] = 1;
            for (int k = 0; k < j; k++) {
                if (pair[k] >= 0 && pair[k] < pair[j] && len[k] + 1 > len[j]) {
                    len[j] = len[k] + 1;
                    prev[j] = k;
                }
            }
            if (best < 0 || len[j] > len[best]) {
                best = j;
            }
        }
        boolean[] stay = new boolean[n];
        for (int j = best; j >= 0; j = prev[j]) {
            stay[j] = true;
        }
        return stay;
    }

    private static Map<String, Integer> index(List<Value> items, String key) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Value.Mapping m && m.text(key) != null) {
                out.putIfAbsent(m.text(key).value(), i);
            }
        }
        return out;
    }
}
