package plan.workspace;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently used models of one workspace's weakly held files ({@link ReloadableModel}),
 * kept from the collector up to an estimated number of bytes: a run over ten thousand plans holds
 * a bounded number of models, a run over fewer never makes one again. Owned by its workspace, so
 * two workspaces (two tests, a preview server beside a build) neither share nor evict each
 * other's models. Thread-safe.
 */
final class RecentModels {
    /**
     * How much a workspace keeps, as estimated by {@link ReloadableModel}: about 1,500 seed-sized
     * plans (a 1,000-plan build never makes one again), fewer large action plans.
     */
    static final long DEFAULT_BYTES = 96L * 1024 * 1024;

    private final long maxBytes;
    /** Most recently used last; guarded by this. */
    private final Map<ReloadableModel, ReloadableModel.Parts> used = new LinkedHashMap<>(4096, 0.75f, true);
    private long bytes;

    RecentModels() {
        this(DEFAULT_BYTES);
    }

    RecentModels(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Keeps {@code parts} of {@code model} (of {@code weight} bytes) as the most recently used, dropping the eldest beyond the bound. */
    synchronized void used(ReloadableModel model, ReloadableModel.Parts parts, long weight) {
        if (used.put(model, parts) == null) {
            bytes += weight;
        }
        var eldest = used.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            ReloadableModel m = eldest.next().getKey();
            if (m == model) {
                break;
            }
            eldest.remove();
            bytes -= m.weight();
        }
    }

    /** Lets go of {@code model}'s parts. */
    synchronized void forget(ReloadableModel model) {
        if (used.remove(model) != null) {
            bytes -= model.weight();
        }
    }

    /** The estimated bytes of the models kept now. */
    synchronized long bytes() {
        return bytes;
    }

    long maxBytes() {
        return maxBytes;
    }
}
