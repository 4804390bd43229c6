package plan.model;

import java.util.List;

/**
 * A value as bound from the source, before it becomes a typed record: the whole file as a tree
 * of mappings, sequences and scalars, shaped by the format description. Walks that must see
 * every key the format has (texts, ids, references, schema, diff) go over this tree, so a key
 * added to the description is seen without new code; the typed records are views of it.
 */
public sealed interface Value permits Text, Year, Money, Value.Mapping, Value.Sequence {
    Span span();

    /** One key of a mapping; {@code value} is null where the key was written but its value was unusable. */
    record Entry(Text key, Value value, Span at) {
    }

    /** A mapping: fixed keys in the order of the format description, chosen keys in the order written. */
    record Mapping(List<Entry> entries, Span span) implements Value {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Entry entry(String key) {
            for (Entry e : entries) {
                if (e.key().value().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        public Value get(String key) {
            Entry e = entry(key);
            return e == null ? null : e.value();
        }

        public boolean has(String key) {
            return entry(key) != null;
        }

        public Text text(String key) {
            return get(key) instanceof Text t ? t : null;
        }

        public Year year(String key) {
            return get(key) instanceof Year y ? y : null;
        }

        public Money money(String key) {
            return get(key) instanceof Money m ? m : null;
        }

        public Mapping mapping(String key) {
            return get(key) instanceof Mapping m ? m : null;
        }

        /** The items of a sequence value; empty where absent. */
        public List<Value> list(String key) {
            return get(key) instanceof Sequence s ? s.items() : List.of();
        }
    }

    record Sequence(List<Value> items, Span span) implements Value {
        public Sequence {
            items = List.copyOf(items);
        }
    }
}
