package plan.render.pdf.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToLongBiFunction;

/**
 * Results of pure computations on recurring text (shaping, word boundaries), shared by all
 * documents and threads of a build: headings, labels, table headers and many phrases recur from
 * plan to plan, and computing them again gives the same result, so a hit changes no output.
 *
 * <p>Bounded by an estimate of the bytes held, in two generations: new entries go into the young
 * one, a hit in the old one moves the entry to the young one, and when the young one has taken
 * half the bound it becomes the old one and the previous old one is dropped. So at most the bound
 * is held (give or take the entry that fills a generation), and what recurs survives. Lock-free on
 * reads; a value computed twice at once by two threads is simply kept once.
 */
final class RecurringTextMemo<K, V> {
    private final long maxBytes;
    private final ToLongBiFunction<K, V> bytesOf;
    private volatile Generations<K, V> generations = new Generations<>(new ConcurrentHashMap<>(), Map.of());
    private final AtomicLong youngBytes = new AtomicLong();

    private record Generations<K, V>(ConcurrentHashMap<K, V> young, Map<K, V> old) {
    }

    /**
     * @param maxBytes the most the entries may take, as estimated by {@code bytesOf}
     * @param bytesOf  an entry's estimated size in bytes, key and value
     */
    RecurringTextMemo(long maxBytes, ToLongBiFunction<K, V> bytesOf) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.bytesOf = bytesOf;
    }

    /** The value for {@code key}: remembered, or computed by {@code compute} (which must be pure). */
    V get(K key, Function<K, V> compute) {
        Generations<K, V> g = generations;
        V v = g.young.get(key);
        if (v != null) {
            return v;
        }
        v = g.old.get(key);
        if (v == null) {
            v = compute.apply(key);
        }
        V earlier = g.young.putIfAbsent(key, v);
        if (earlier != null) {
            return earlier;
        }
        if (youngBytes.addAndGet(bytesOf.applyAsLong(key, v)) > maxBytes / 2) {
            turn(g);
        }
        return v;
    }

    private synchronized void turn(Generations<K, V> seen) {
        if (generations == seen) { // another thread may have turned it already
            generations = new Generations<>(new ConcurrentHashMap<>(), seen.young);
            youngBytes.set(0);
        }
    }

    /** Entries held now (both generations), for tests. */
    int size() {
        Generations<K, V> g = generations;
        return g.young.size() + g.old.size();
    }

    /** The estimated bytes held now (both generations), for tests. */
    long bytes() {
        Generations<K, V> g = generations;
        long sum = 0;
        for (Map.Entry<K, V> e : g.young.entrySet()) {
            sum += bytesOf.applyAsLong(e.getKey(), e.getValue());
        }
        for (Map.Entry<K, V> e : g.old.entrySet()) {
            sum += bytesOf.applyAsLong(e.getKey(), e.getValue());
        }
        return sum;
    }
}
