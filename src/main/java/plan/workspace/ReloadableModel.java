package plan.workspace;

import java.lang.ref.WeakReference;
import java.util.function.Supplier;

import plan.diag.Source;
import plan.model.Framework;
import plan.model.Plan;

/**
 * A checked file's text and model. A file whose result a {@link ResultMemory} keeps is held only
 * weakly, the most recently used of them strongly (up to a bound, in the
 * workspace's {@link RecentModels}), and made again from the memo
 * when the collector took it: a run over ten thousand plans needs memory for a bounded number of
 * plans, not for all of them, and a run over fewer never makes one again. (Soft references were
 * tried first: the collector keeps them until the heap is full, and a large run then spends its
 * time in full collections.) A file without a memo (a preview server's buffer, a test) is held as
 * it is.
 */
public final class ReloadableModel {
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

    /** Where the most recently used parts of a weakly held file stay; null for a file held as it is. */
    private final RecentModels recent;

    /** The estimated size of this file's model in memory; 0 until first known. */
    private volatile long weight;

    private ReloadableModel(RecentModels recent, Parts strong, Supplier<Parts> remake, Parts first, boolean hasPlan,
                            boolean hasFramework, Source excerpt, java.util.Set<Integer> excerptLines) {
        this.recent = recent;
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

    /** ReloadableModel as it is. */
    public static ReloadableModel of(Source source, Plan plan, Framework framework) {
        Parts parts = new Parts(source, plan, framework);
        return new ReloadableModel(null, parts, null, parts, plan != null, framework != null, null, null);
    }

    /** ReloadableModel weakly; {@code remake} gives the same parts again (from a memo) once the collector took them. */
    static ReloadableModel remade(RecentModels recent, Parts first, Supplier<Parts> remake) {
        return new ReloadableModel(recent, null, remake, first, first.plan() != null, first.framework() != null, null, null);
    }

    /** Made from {@code remake} when first wanted (a result recalled from a memo, of which only findings may be wanted). */
    static ReloadableModel later(RecentModels recent, boolean hasPlan, boolean hasFramework, Supplier<Parts> remake,
                                 Source excerpt, java.util.Set<Integer> excerptLines) {
        return new ReloadableModel(recent, null, remake, null, hasPlan, hasFramework, excerpt, excerptLines);
    }

    /**
     * The text of {@code own} with the plan {@code plan} gives (a plan as it reads with what its
     * base gives), made when first wanted and held weakly, as a remembered file's parts are.
     */
    static ReloadableModel resolving(RecentModels recent, ReloadableModel own, Supplier<Plan> plan) {
        return new ReloadableModel(recent, null, () -> new Parts(own.source(), plan.get(), null), null, true, false, own.excerpt,
                own.excerptLines);
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

    /**
     * A model's size in memory, estimated from its text: the tree keeps every value with its
     * position, about 7 bytes for each character of the file (measured on the seed plans).
     */
    private static long weigh(Parts p) {
        long chars = 0;
        for (String line : p.source().lines()) {
            chars += line.length() + 1;
        }
        return 1024 + 7 * chars;
    }

    private void used(Parts p) {
        if (weight == 0) {
            weight = weigh(p);
        }
        recent.used(this, p, weight);
    }

    /** The estimated size of this file's model, as {@link RecentModels} counts it. */
    long weight() {
        return weight;
    }

    /** Lets go of the parts as the collector would (tests make the parts again this way). */
    void forget() {
        if (strong == null) {
            recent.forget(this);
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
