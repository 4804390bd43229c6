package plan.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The check results of a preview server, kept in memory for as long as its checker lives (nothing
 * is written). With them a plan's result carries the hash of its file, as in a build with a cache:
 * after a save the render keys of the other plans come from hashes taken once (and the index from
 * the rows the server's publisher keeps beside those keys), where before every save hashed the
 * text of every plan and made every row anew (in a folder of 1,002 plans, most of a save's time). Bounded: the least recently
 * used results go first; the workspace makes a model whose result is gone again from its file.
 */
public final class MemoryMemo implements CheckMemo {
    /** About 30 KB a plan: room for a few thousand plans, small beside the server's heap. */
    static final long MAX_BYTES = 96L << 20;

    private final long maxBytes;
    private final LinkedHashMap<String, byte[]> results = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    public MemoryMemo() {
        this(MAX_BYTES);
    }

    MemoryMemo(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public synchronized byte[] recall(String key) {
        return results.get(key);
    }

    @Override
    public synchronized boolean remember(String key, byte[] result) {
        if (result.length > maxBytes) {
            return false;
        }
        byte[] before = results.put(key, result);
        bytes += result.length - (before == null ? 0 : before.length);
        for (Iterator<Map.Entry<String, byte[]>> oldest = results.entrySet().iterator(); bytes > maxBytes; ) {
            Map.Entry<String, byte[]> e = oldest.next();
            if (e.getKey().equals(key)) {
                continue;
            }
            bytes -= e.getValue().length;
            oldest.remove();
        }
        return true;
    }

    /** How many bytes of results are held (for tests). */
    synchronized long bytes() {
        return bytes;
    }
}
