package plan.format;

import java.util.ArrayList;
import java.util.List;

import plan.model.Plan;
import plan.model.Span;
import plan.model.Text;
import plan.model.Value;

/**
 * The plans a plan with a {@code base} reads through, as its tree carries them once read with
 * its base: the base, then the base's own base and so on, each with its file, id and title.
 * Inherited values keep their positions in the file they are written in, so the plan an item
 * comes from is the one of the chain whose file its position names: in a chain the nearest base
 * is not always that plan (its own base wrote the vision and goals, it only added indicators).
 * The key has a space, so no file can hold it, and no walk visits it (it is no key of the
 * description), as {@link Format#BASE_TITLE}.
 */
public final class BaseChain {
    /** The key of a plan's tree that holds its chain of bases, nearest first. */
    public static final String KEY = "base chain";

    private static final String FILE = "file";
    private static final String ID = "id";
    private static final String TITLE = "title";

    private BaseChain() {
    }

    /** The entry of a plan read over {@code base} (itself read with its own bases): the base, then its chain. */
    public static Value.Entry over(Plan base) {
        List<Value> links = new ArrayList<>();
        List<Value.Entry> link = new ArrayList<>();
        if (base.file() != null) {
            link.add(entry(FILE, new Text(base.file(), Span.NONE)));
        }
        link.add(entry(ID, base.id()));
        if (base.title() != null) {
            link.add(entry(TITLE, base.title()));
        }
        links.add(new Value.Mapping(link, Span.NONE));
        links.addAll(base.tree().list(KEY));
        return entry(KEY, new Value.Sequence(links, Span.NONE));
    }

    /**
     * Whether {@code plan} names a base it was not read with (the base is not among the files, or
     * has errors): its inherited goals, strategies and indicators are then missing from it.
     */
    public static boolean unresolved(Plan plan) {
        return plan.tree().text(Format.BASE) != null && plan.tree().list(KEY).isEmpty();
    }

    /**
     * The id of the plan an item at {@code at} is written in, when that is a base of {@code plan}
     * (near or far); null for the plan's own items, and for a position no plan of the chain holds.
     */
    public static String writtenIn(Plan plan, Span at) {
        Value.Mapping link = link(plan, at);
        return link == null ? null : link.text(ID).value();
    }

    /**
     * The title of the plan the inherited parts (vision, missions, goals, strategies, values,
     * analysis) are written in: the farthest base, since a plan with a base writes none of them
     * ({@code base-inherited}). Null for a plan without a base.
     */
    public static Text inheritedTitle(Plan plan) {
        List<Value> links = plan.tree().list(KEY);
        return links.isEmpty() ? null : ((Value.Mapping) links.get(links.size() - 1)).text(TITLE);
    }

    private static Value.Mapping link(Plan plan, Span at) {
        if (at == null || at.file() == null || at.file().equals(plan.file())) {
            return null;
        }
        for (Value v : plan.tree().list(KEY)) {
            Value.Mapping link = (Value.Mapping) v;
            Text file = link.text(FILE);
            if (file != null && file.value().equals(at.file())) {
                return link;
            }
        }
        return null;
    }

    private static Value.Entry entry(String key, Value value) {
        return new Value.Entry(new Text(key, Span.NONE), value, Span.NONE);
    }
}
