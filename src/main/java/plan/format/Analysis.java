package plan.format;

import java.util.ArrayList;
import java.util.List;

import plan.format.Type.ListOf;
import plan.format.Type.Scalar;
import plan.format.Type.Struct;

/**
 * Situation analysis (การวิเคราะห์สภาพแวดล้อม) as the format says it: the four lists of factors,
 * which side each is on (internal S and W, external O and T), the categories the documents name
 * (2S4M for internal factors, STEP for external ones), and the labels the chapter prints.
 */
public final class Analysis {
    /** One of the four lists: its key, its letter, and whether its factors are internal. */
    public enum List4 {
        STRENGTHS("strengths", "S", true),
        WEAKNESSES("weaknesses", "W", true),
        OPPORTUNITIES("opportunities", "O", false),
        THREATS("threats", "T", false);

        private final String key;
        private final String code;
        private final boolean internal;

        List4(String key, String code, boolean internal) {
            this.key = key;
            this.code = code;
            this.internal = internal;
        }

        /** The list's key under {@code analysis}, also the label key of its name. */
        public String key() {
            return key;
        }

        /** S, W, O or T. */
        public String code() {
            return code;
        }

        public boolean internal() {
            return internal;
        }
    }

    /** The TOWS groups, internal letter first, with their label keys ({@code tows-so} …). */
    public static final List<String> TOWS = List.of("SO", "ST", "WO", "WT");

    /** Internal categories (2S4M), then external ones (STEP): each is also the label key of its printed name. */
    public static final List<String> CATEGORIES = List.of("structure", "service", "man", "money", "material",
            "management", "social", "technology", "economic", "political");

    /** The chapter's own words, beside the lists' and the categories' names. */
    private static final List<String> WORDS = List.of("analysis", "swot", "factor", "factors", "weight", "score",
            "weighted-score", "answered-by", "not-answered", "position", "horizontal", "vertical", "quadrant",
            "on-axis", "tows", "tows-several", "tows-unclassified");

    private Analysis() {
    }

    /** The label keys of part 1 followed by the analysis chapter's. */
    static List<String> withLabelKeys(List<String> partOne) {
        List<String> all = new ArrayList<>(partOne);
        all.addAll(WORDS);
        for (List4 l : List4.values()) {
            all.add(l.key());
        }
        TOWS.forEach(t -> all.add("tows-" + t.toLowerCase(java.util.Locale.ROOT)));
        all.addAll(CATEGORIES);
        return List.copyOf(all);
    }

    /** How {@link Format} makes a struct (so a test's extra keys reach these too). */
    interface Structs {
        Struct make(String name, Kind identifies, Key... keys);
    }

    /** {@code analysis}: the four lists of factors, each optional. */
    static Struct struct(Structs structs) {
        Struct factor = structs.make("factor", Kind.FACTOR,
                Key.required(Keys.ID, Scalar.ID),
                Key.required(Keys.TEXT, Scalar.TEXT),
                Key.optional(Keys.CATEGORY, Scalar.TEXT),
                Key.optional(Keys.WEIGHT, Scalar.WEIGHT),
                Key.optional(Keys.SCORE, Scalar.SCORE));
        List<Key> lists = new ArrayList<>();
        for (List4 l : List4.values()) {
            lists.add(Key.optional(l.key(), new ListOf(factor, false)));
        }
        return structs.make("analysis", null, lists.toArray(Key[]::new));
    }
}
