package plan.format;

import java.util.ArrayList;
import java.util.List;

import plan.format.Type.Dict;
import plan.format.Type.Either;
import plan.format.Type.Lazy;
import plan.format.Type.ListOf;
import plan.format.Type.Ref;
import plan.format.Type.Scalar;
import plan.format.Type.Struct;
import plan.model.Text;
import plan.model.Value;

/**
 * A walk over a bound tree guided by its description: every text with its key path, every
 * identified item and every reference, in the order of the description. Key paths join the
 * keys from the root, lists adding nothing: {@code strategies.title}, {@code labels.goal}.
 */
public final class Walk {
    /** What a walk reports; each callback defaults to doing nothing. */
    public interface Visitor {
        /** A text or Markdown value; {@code required}: the format asks it to say something. */
        default void text(Text text, String path, boolean required) {
        }

        /** A mapping whose id names an item of {@code kind}. */
        default void item(Kind kind, Text id, Value.Mapping item) {
        }

        /** A reference to an item of {@code kind}. */
        default void ref(Kind kind, Text ref, String path) {
        }

        /**
         * A reference, with the innermost identified item it belongs to ({@code null} at the top
         * of the file): whose {@code aligns} it is. Defaults to {@link #ref(Kind, Text, String)}.
         */
        default void ref(Kind kind, Text ref, String path, Item owner) {
            ref(kind, ref, path);
        }
    }

    private Walk() {
    }

    public static void walk(Struct root, Value.Mapping tree, Visitor visitor) {
        value(root, tree, "", true, null, visitor);
    }

    /** Every identified item, in the order of the description and the file. */
    public static List<Item> items(Struct root, Value.Mapping tree) {
        List<Item> out = new ArrayList<>();
        walk(root, tree, new Visitor() {
            @Override
            public void item(Kind kind, Text id, Value.Mapping item) {
                out.add(new Item(kind, id));
            }
        });
        return out;
    }

    private static void value(Type type, Value value, String path, boolean required, Item owner, Visitor v) {
        if (value == null) {
            return;
        }
        // An if-chain rather than a pattern switch: a type switch costs a bootstrap at start-up.
        if (type instanceof Scalar s) {
            if (s != Scalar.ID && s != Scalar.ITEM_ID && s != Scalar.PATH && s != Scalar.YEAR && s != Scalar.MONEY && value instanceof Text t) {
                v.text(t, path, required);
            }
        } else if (type instanceof Ref r) {
            if (value instanceof Text t) {
                v.ref(r.kind(), t, path, owner);
            }
        } else if (type instanceof ListOf l) {
            if (value instanceof Value.Sequence s) {
                s.items().forEach(item -> value(l.item(), item, path, true, owner, v));
            }
        } else if (type instanceof Struct s) {
            if (value instanceof Value.Mapping m) {
                Item inner = owner;
                if (s.identifies() != null && m.text(Keys.ID) != null) {
                    v.item(s.identifies(), m.text(Keys.ID), m);
                    inner = new Item(s.identifies(), m.text(Keys.ID));
                }
                for (Key key : s.keys()) {
                    value(key.type(), m.get(key.name()), join(path, key.name()), key.required(), inner, v);
                }
            }
        } else if (type instanceof Dict d) {
            if (value instanceof Value.Mapping m) {
                for (Value.Entry e : m.entries()) {
                    if (d.vocabulary() == null && d.key() == Scalar.TEXT) {
                        v.text(e.key(), path, true); // a name the author chose (a source of funds) is printed: it must say something
                    }
                    value(d.value(), e.value(), join(path, e.key().value()), false, owner, v);
                }
            }
        } else if (type instanceof Either e) {
            value(value instanceof Value.Mapping ? e.struct() : e.scalar(), value, path, required, owner, v);
        } else if (type instanceof Lazy l) {
            value(l.get(), value, path, required, owner, v);
        }
        // Version and OneOf hold no text, id or reference.
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
