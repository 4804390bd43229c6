package plan.workspace;

import java.lang.ref.WeakReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import plan.diag.Source;
import plan.model.Framework;
import plan.model.Plan;

/**
 * A checked file's text and model. A file whose result a {@link CheckMemo} keeps is held only
 * weakly, the {@value #RECENT} most recently used of them strongly, and made again from the memo
 * when the collector took it: a run over ten thousand plans needs memory for a bounded number of
 * plans, not for all of them, and a run over fewer never makes one again. (Soft references were
 * tried first: the collector keeps them until the heap is full, and a large run then spends its
 * time in full collections.) A file without a memo (a preview server's buffer, a test) is held as
 * it is.
 */
public final class Held {
    /** The text and model of one file. */
    public record Parts(Source source, Plan plan, Framework framework) {
    }

    private final Parts strong;
    private final Supplier<Parts> remake;
    private final boolean hasPlan;
    private final boolean hasFramework;
    /** Some lines of the text (the others empty), enough to show the file's own findings; null when not known. */
    private final Source excerpt;
    private final java.util.Set<Integer> excerptLines;
    private volatile WeakReference<Parts> weak;

    /** How many remade files stay in memory, most recently used first: about 100 KiB each for a seed-sized plan. */
    static final int RECENT = 1536;

    /** The most recently used parts of weakly held files, kept from the collector. */
    private static final Map<Held, Parts> RECENTLY_USED = new LinkedHashMap<>(RECENT * 2, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Held, Parts> eldest) {
            return size() > RECENT;
        }
    };

    private Held(Parts strong, Supplier<Parts> remake, Parts first, boolean hasPlan, boolean hasFramework,
                 Source excerpt, java.util.Set<Integer> excerptLines) {
        this.excerpt = excerpt;
        this.excerptLines = excerptLines;
        this.strong = strong;
        this.remake = remake;
        this.hasPlan = hasPlan;
        this.hasFramework = hasFramework;
        this.weak = strong == null ? new WeakReference<>(first) : null;
        if (strong == null && first != null) {
            used(first);
        }
    }

    /** Held as it is. */
    public static Held of(Source source, Plan plan, Framework framework) {
        Parts parts = new Parts(source, plan, framework);
        return new Held(parts, null, parts, plan != null, framework != null, null, null);
    }

    /** Held weakly; {@code remake} gives the same parts again (from a memo) once the collector took them. */
    static Held remade(Parts first, Supplier<Parts> remake) {
        return new Held(null, remake, first, first.plan() != null, first.framework() != null, null, null);
    }

    /** Made from {@code remake} when first wanted (a result recalled from a memo, of which only findings may be wanted). */
    static Held later(boolean hasPlan, boolean hasFramework, Supplier<Parts> remake, Source excerpt,
                      java.util.Set<Integer> excerptLines) {
        return new Held(null, remake, null, hasPlan, hasFramework, excerpt, excerptLines);
    }

    /**
     * A text that holds at least the lines {@code lines}: the excerpt kept with a recalled result
     * when it has them all (no model is made to print findings), else the whole text.
     */
    public Source sourceFor(java.util.Collection<Integer> lines) {
        return excerpt != null && excerptLines.containsAll(lines) ? excerpt : source();
    }

    private Parts parts() {
        if (strong != null) {
            return strong;
        }
        Parts p = weak.get();
        if (p == null) {
            p = remake.get();
            weak = new WeakReference<>(p);
        }
        used(p);
        return p;
    }

    private void used(Parts p) {
        synchronized (RECENTLY_USED) {
            RECENTLY_USED.put(this, p);
        }
    }

    /** Lets go of the parts as the collector would (tests make the parts again this way). */
    void forget() {
        if (strong == null) {
            synchronized (RECENTLY_USED) {
                RECENTLY_USED.remove(this);
            }
            weak = new WeakReference<>(null);
        }
    }

    public Source source() {
        return parts().source();
    }

    /** The plan, or null where the file is not a bound plan (known without making the parts again). */
    public Plan plan() {
        return hasPlan ? parts().plan() : null;
    }

    /** The framework, or null where the file is not a bound framework. */
    public Framework framework() {
        return hasFramework ? parts().framework() : null;
    }

    public boolean hasPlan() {
        return hasPlan;
    }
}
