package plan.workspace;

import java.lang.ref.SoftReference;
import java.util.function.Supplier;

import plan.diag.Source;
import plan.model.Framework;
import plan.model.Plan;

/**
 * A checked file's text and model. A file whose result a {@link CheckMemo} keeps is held only
 * softly and made again from the memo when the collector took it: a run over ten thousand plans
 * then needs memory for the plans in hand, not for all of them. A file without a memo (a preview
 * server's buffer, a test) is held as it is.
 */
public final class Held {
    /** The text and model of one file. */
    public record Parts(Source source, Plan plan, Framework framework) {
    }

    private final Parts strong;
    private final Supplier<Parts> remake;
    private final boolean hasPlan;
    private final boolean hasFramework;
    private volatile SoftReference<Parts> soft;

    private Held(Parts strong, Supplier<Parts> remake, Parts first) {
        this.strong = strong;
        this.remake = remake;
        this.hasPlan = first.plan() != null;
        this.hasFramework = first.framework() != null;
        this.soft = strong == null ? new SoftReference<>(first) : null;
    }

    /** Held as it is. */
    public static Held of(Source source, Plan plan, Framework framework) {
        Parts parts = new Parts(source, plan, framework);
        return new Held(parts, null, parts);
    }

    /** Held softly; {@code remake} gives the same parts again (from a memo) once the collector took them. */
    static Held remade(Parts first, Supplier<Parts> remake) {
        return new Held(null, remake, first);
    }

    private Parts parts() {
        if (strong != null) {
            return strong;
        }
        Parts p = soft.get();
        if (p == null) {
            p = remake.get();
            soft = new SoftReference<>(p);
        }
        return p;
    }

    /** Lets go of the parts as the collector would (tests make the parts again this way). */
    void forget() {
        if (strong == null) {
            soft = new SoftReference<>(null);
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
