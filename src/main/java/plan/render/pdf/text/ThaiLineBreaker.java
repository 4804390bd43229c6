package plan.render.pdf.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import plan.render.TextWidth;

/**
 * Where a line may end: where ICU's dictionary line breaker for Thai allows it (the JDK's breaks
 * inside words, e.g. "มีค|วาม") and the {@link ThaiLexicon} agrees (ICU's dictionary lacks
 * compounds and would end lines in พื้น|ฐาน or เป้า|หมาย). Thai has no spaces between words, so
 * without this lines would end mid-word.
 *
 * <p>One instance per render: ICU break iterators are not thread-safe. Boundaries are computed
 * once per text and cached, so the typesetting pass reuses the work of the probe that walked the
 * body before it, and laying out lines never rescans the text. Texts up to
 * {@link #LONGEST_SHARED} chars are also remembered across the renders of a build (with the
 * bundled word list only): headings, labels and set phrases recur from plan to plan. The build's
 * renderer owns that memory ({@link Recurring}), so two builds in one JVM never share it.
 */
public final class ThaiLineBreaker {
    private static final ULocale THAI = new ULocale("th");
    /** Longer texts rarely recur in another plan: they are segmented anew by each render. */
    static final int LONGEST_SHARED = 2048;
    /** The bound of each of a build's two memories of boundaries. */
    private static final long RECURRING_BYTES = 2L << 20;
    private final BreakIterator lines = BreakIterator.getLineInstance(THAI);
    private final BreakIterator clusters = BreakIterator.getCharacterInstance(THAI);
    private final ThaiLexicon lexicon;
    private final Map<String, BitSet> cache = new HashMap<>();
    private final Map<String, BitSet> clusterCache = new HashMap<>();

    private final TypesettingBudget budget;
    private final Recurring recurring;
    /** Names no line may break inside (see {@link #names}): the document's own, such as its school's. */
    private final List<String> keptWhole;

    /**
     * The longest piece of a name kept on one line, in characters that take width: a school's
     * name (โรงเรียนบ้านโคกสะอาด, 18) fits any line; a longer piece is left to the dictionary,
     * so a line is never asked to hold more than it can.
     */
    static final int LONGEST_NAME = 24;

    /**
     * The word and cluster boundaries of short texts, kept for every render of one owner (a
     * the PDF renderer, which a build makes once) with the bundled word list.
     * Thread-safe: the plans of a build are typeset in parallel; a hit changes no output.
     */
    public static final class Recurring {
        private final RecurringTextMemo<String, BitSet> breaks = new RecurringTextMemo<>(RECURRING_BYTES, ThaiLineBreaker::bytes);
        private final RecurringTextMemo<String, BitSet> clusters = new RecurringTextMemo<>(RECURRING_BYTES, ThaiLineBreaker::bytes);

        /** How many texts' boundaries are remembered, lines and clusters: for its test. */
        int remembered() {
            return breaks.size() + clusters.size();
        }
    }

    /** A breaker that remembers only its own texts (tests, measurements). */
    public ThaiLineBreaker() {
        this(ThaiLexicon.bundled());
    }

    /** A breaker that remembers only its own texts (tests, measurements). */
    public ThaiLineBreaker(ThaiLexicon lexicon) {
        this(lexicon, TypesettingBudget.unlimited(), new Recurring());
    }

    /** @param recurring the boundaries its owner's other renders found, and where this one's go */
    public ThaiLineBreaker(ThaiLexicon lexicon, TypesettingBudget budget, Recurring recurring) {
        this(lexicon, budget, recurring, List.of());
    }

    /**
     * @param names names (an organization's) no line may break inside, each piece between spaces
     *              kept whole: the dictionary knows no school's name and would end a line at
     *              โรงเรียนบ้าน|โคกสะอาด, between two words it knows
     */
    public ThaiLineBreaker(ThaiLexicon lexicon, TypesettingBudget budget, Recurring recurring, List<String> names) {
        this.lexicon = lexicon;
        this.budget = budget;
        this.recurring = java.util.Objects.requireNonNull(recurring, "recurring");
        this.keptWhole = names(names);
    }

    /** The pieces of {@code names} kept whole: between spaces, with Thai in them, of 2 to {@link #LONGEST_NAME} wide characters. */
    static List<String> names(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (name == null) {
                continue;
            }
            for (String piece : name.strip().split("\\s+")) {
                int wide = TextWidth.of(piece);
                if (wide >= 2 && wide <= LONGEST_NAME && piece.codePoints().anyMatch(ThaiLexicon::isThai)
                        && !out.contains(piece)) {
                    out.add(piece);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Bit i set: a line may end before char i (after char i-1). Bits 0 and length are set. */
    public BitSet breaks(String text) {
        return cache.computeIfAbsent(text, t -> {
            budget.segmented(t.length()); // the work asked for, whoever did it first
            BitSet b = shared(t) && lexicon == ThaiLexicon.bundled()
                    ? (BitSet) recurring.breaks.get(t, this::segment).clone() : segment(t);
            // After the shared memory: other documents have other names.
            for (String name : keptWhole) {
                for (int at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + 1)) {
                    b.clear(at + 1, at + name.length());
                }
            }
            return b;
        });
    }

    private BitSet segment(String t) {
        BitSet b = icuBreaks(t);
        b.andNot(lexicon.forbidden(t));
        b.andNot(eraYears(t));
        b.set(0);
        b.set(t.length());
        return b;
    }

    /** The eras a year is written after: พ.ศ. (Buddhist) and ค.ศ. (Christian). */
    private static final String[] ERAS = {"พ.ศ.", "ค.ศ."};

    /**
     * Where a line must not end because an era and its year are read as one: "พ.ศ. 2568" is
     * never split over two lines (a cover's title once ended a line with "พ.ศ." and began the
     * next with "2568"). Bit i set: no line may end before char i.
     */
    static BitSet eraYears(String t) {
        BitSet out = new BitSet();
        for (String era : ERAS) {
            for (int at = t.indexOf(era); at >= 0; at = t.indexOf(era, at + 1)) {
                int end = at + era.length();
                int year = end;
                while (year < t.length() && (t.charAt(year) == ' ' || t.charAt(year) == '\u00A0')) {
                    year++;
                }
                if (year > end && year < t.length() && isDigit(t.charAt(year))) {
                    out.set(end + 1, year + 1); // after the era's dot is no break anyway; after each space is
                }
            }
        }
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '\u0E50' && c <= '\u0E59';
    }

    private static boolean shared(String t) {
        return t.length() <= LONGEST_SHARED;
    }

    private static long bytes(String text, BitSet bits) {
        return 2L * text.length() + bits.size() / 8 + 96;
    }

    /** ICU's opinion alone (for tests and for measuring what the lexicon changes). */
    public BitSet icuBreaks(String t) {
        BitSet b = new BitSet(t.length() + 1);
        lines.setText(t);
        for (int p = lines.first(); p != BreakIterator.DONE; p = lines.next()) {
            b.set(p);
        }
        b.set(0);
        b.set(t.length());
        return b;
    }

    /** Bit i set: a grapheme cluster starts at char i (a mark never starts one). */
    public BitSet clusterStarts(String text) {
        return clusterCache.computeIfAbsent(text,
                t -> shared(t) ? (BitSet) recurring.clusters.get(t, this::clusters).clone() : clusters(t));
    }

    private BitSet clusters(String t) {
        BitSet b = new BitSet(t.length() + 1);
        clusters.setText(t);
        for (int p = clusters.first(); p != BreakIterator.DONE; p = clusters.next()) {
            b.set(p);
        }
        return b;
    }

    /** Unbreakable pieces of the text, e.g. to size table columns so that no word is cut. */
    public String[] segments(String text) {
        BitSet b = breaks(text);
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = 0;
        for (int p = b.nextSetBit(1); p >= 0 && p <= text.length(); p = b.nextSetBit(p + 1)) {
            out.add(text.substring(start, p).strip());
            start = p;
        }
        return out.toArray(String[]::new);
    }
}
