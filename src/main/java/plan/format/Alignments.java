package plan.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.model.Text;
import plan.format.Type.Struct;
import plan.model.Value;

/**
 * What a plan says about alignment, gathered by a walk over its description: the frameworks of
 * {@code align-to}, the {@code parent} plan, the {@code base} plan, and each item's {@code aligns} references, in the
 * order written. Items without references are listed too (the strategies a rule must see).
 */
public record Alignments(List<Text> frameworks, Text parent, List<Item> items, Map<Item, List<Text>> aligns,
                         Text base) {
    public Alignments {
        frameworks = List.copyOf(frameworks);
        items = List.copyOf(items);
    }

    /** A plan's alignments without a {@code base}. */
    public Alignments(List<Text> frameworks, Text parent, List<Item> items, Map<Item, List<Text>> aligns) {
        this(frameworks, parent, items, aligns, null);
    }

    public static Alignments of(Struct root, Value.Mapping tree) {
        List<Text> frameworks = new ArrayList<>();
        Text[] parent = new Text[1];
        Text[] base = new Text[1];
        List<Item> items = new ArrayList<>();
        Map<Item, List<Text>> aligns = new LinkedHashMap<>();
        Walk.walk(root, tree, new Walk.Visitor() {
            @Override
            public void item(Kind kind, Text id, Value.Mapping item) {
                items.add(new Item(kind, id));
            }

            @Override
            public void ref(Kind kind, Text ref, String path, Item owner) {
                if (kind.equals(Kind.FRAMEWORK)) {
                    frameworks.add(ref);
                } else if (kind.equals(Kind.PLAN) && parent[0] == null) {
                    parent[0] = ref;
                } else if (kind.equals(Kind.BASE)) {
                    base[0] = ref;
                } else if (kind.equals(Kind.ALIGNED) && owner != null) {
                    aligns.computeIfAbsent(owner, o -> new ArrayList<>()).add(ref);
                }
            }
        });
        return new Alignments(frameworks, parent[0], items, aligns, base[0]);
    }

    /** The references of one item; empty where it names none. */
    public List<Text> of(Item item) {
        return aligns.getOrDefault(item, List.of());
    }

    /** The items of a kind, in order. */
    public List<Item> items(Kind kind) {
        return items.stream().filter(i -> i.kind().equals(kind)).toList();
    }

    /**
     * An {@code aligns} reference taken apart: {@code target} (a framework or plan id) before the
     * first colon, {@code item} after it; null where the text has no colon or an empty side.
     */
    public record Ref(Text written, String target, String item) {
        public static Ref parse(Text written) {
            String s = written.value().strip();
            int colon = s.indexOf(':');
            if (colon <= 0 || colon == s.length() - 1) {
                return null;
            }
            return new Ref(written, s.substring(0, colon), s.substring(colon + 1));
        }
    }
}
