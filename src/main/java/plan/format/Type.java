package plan.format;

import java.util.List;
import java.util.function.Supplier;

/** What a value of the format is: a kind of scalar, a reference, a list, a mapping, or a choice. */
public sealed interface Type {
    /** Scalars, all read from the text as written (YAML 1.1's yes/no stay text). */
    enum Scalar implements Type {
        /** One paragraph of inline Markdown. */
        TEXT,
        /** Block Markdown. */
        MARKDOWN,
        /** An id: a letter first, then letters, digits, '.', '_', '-'. */
        ID,
        /** A Buddhist Era year, Arabic or Thai digits. */
        YEAR,
        /** A waiver's reason: text that must say something. */
        REASON,
        /** Baht, a YAML number with at most two decimals (satang); exact, never floating point. */
        MONEY,
        /** A measured value: a number or a text such as ระดับดี, kept as written. */
        MEASURE,
        /**
         * A framework item's id: like an id, but it may start with a digit ({@code 3}, {@code 2.1}),
         * since frameworks number their items.
         */
        ITEM_ID,
        /** A factor's weight within its list: a number from 0 to 1, two decimals at most; exact. */
        WEIGHT,
        /** A factor's score: a number from 1 to 5, two decimals at most; exact. */
        SCORE,
        /** A file's path, relative to the plan file (the organization's logo); checked by rule file-ref. */
        PATH
    }

    /** A whole number that must equal {@code expected} (the format version). */
    record Version(int expected) implements Type {
    }

    /** One of a few words; another word is reported with {@code messageKey}. */
    record OneOf(List<String> words, String messageKey) implements Type {
        public OneOf {
            words = List.copyOf(words);
        }
    }

    /** The id of an item of {@code kind}, as written (resolved by the reference rule, not while binding). */
    record Ref(Kind kind) implements Type {
    }

    /**
     * A list; {@code nonEmpty}: an empty list is reported (the format asks for at least one item);
     * {@code exactly}: the number of items it must have (four quarters), 0 for any.
     */
    record ListOf(Type item, boolean nonEmpty, int exactly) implements Type {
        public ListOf(Type item, boolean nonEmpty) {
            this(item, nonEmpty, 0);
        }
    }

    /**
     * A mapping with fixed keys. {@code name} says where a missing key is missing ("goal");
     * {@code identifies}: the mapping's {@code id} names an item of that kind, or null.
     */
    record Struct(String name, Kind identifies, List<Key> keys) implements Type {
        public Struct {
            keys = List.copyOf(keys);
        }

        /** Written out, as in {@link Kind}. */
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Struct s && name.equals(s.name)
                    && java.util.Objects.equals(identifies, s.identifies) && keys.equals(s.keys);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }

        public Key key(String keyName) {
            return keys.stream().filter(k -> k.name().equals(keyName)).findFirst().orElse(null);
        }

        public List<String> keyNames() {
            return keys.stream().map(Key::name).toList();
        }
    }

    /**
     * A mapping whose keys are chosen by the author: from {@code vocabulary} (labels, rule names),
     * or, when the vocabulary is null, any key of type {@code key} (a year, or a text such as a
     * source of funds). Each value has type {@code value}.
     */
    record Dict(List<String> vocabulary, Scalar key, Type value) implements Type {
        public Dict {
            vocabulary = vocabulary == null ? null : List.copyOf(vocabulary);
        }

        public static Dict of(List<String> vocabulary, Type value) {
            return new Dict(vocabulary, Scalar.TEXT, value);
        }

        public static Dict keyedBy(Scalar key, Type value) {
            return new Dict(null, key, value);
        }
    }

    /**
     * A scalar, or a mapping for the fuller form (a guideline: text, or {text, items}). In a list,
     * texts and mappings mix; references and mappings do not: such a list is all one form (an
     * outline of chapter names, or of parts grouping them), and a mix is wrong-type.
     */
    record Either(Type scalar, Struct struct) implements Type {
    }

    /** A type defined in terms of itself (nested guidelines), resolved when walked. */
    record Lazy(Supplier<Type> target) implements Type {
        public Type get() {
            return target.get();
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        @Override
        public String toString() {
            return "Lazy";
        }
    }
}
