package plan.render.pdf.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

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
 * bundled word list only): headings, labels and set phrases recur from plan to plan.
 */
public final class ThaiLineBreaker {
    private static final ULocale THAI = new ULocale("th");
    /** Longer texts rarely recur in another plan: they are segmented anew by each render. */
    static final int LONGEST_SHARED = 2048;
    private static final RecurringTextMemo<String, BitSet> SHARED_BREAKS = new RecurringTextMemo<>(2L << 20, ThaiLineBreaker::bytes);
    private static final RecurringTextMemo<String, BitSet> SHARED_CLUSTERS = new RecurringTextMemo<>(2L << 20, ThaiLineBreaker::bytes);
    private final BreakIterator lines = BreakIterator.getLineInstance(THAI);
    private final BreakIterator clusters = BreakIterator.getCharacterInstance(THAI);
    private final ThaiLexicon lexicon;
    private final Map<String, BitSet> cache = new HashMap<>();
    private final Map<String, BitSet> clusterCache = new HashMap<>();

    private final TypesettingBudget budget;

    public ThaiLineBreaker() {
        this(ThaiLexicon.bundled());
    }

    public ThaiLineBreaker(ThaiLexicon lexicon) {
        this(lexicon, TypesettingBudget.unlimited());
    }

    public ThaiLineBreaker(ThaiLexicon lexicon, TypesettingBudget budget) {
        this.lexicon = lexicon;
        this.budget = budget;
    }

    /** Bit i set: a line may end before char i (after char i-1). Bits 0 and length are set. */
    public BitSet breaks(String text) {
        return cache.computeIfAbsent(text, t -> {
            budget.segmented(t.length()); // the work asked for, whoever did it first
            return shared(t) && lexicon == ThaiLexicon.bundled()
                    ? (BitSet) SHARED_BREAKS.get(t, this::segment).clone() : segment(t);
        });
    }

    private BitSet segment(String t) {
        BitSet b = icuBreaks(t);
        b.andNot(lexicon.forbidden(t));
        b.set(0);
        b.set(t.length());
        return b;
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
                t -> shared(t) ? (BitSet) SHARED_CLUSTERS.get(t, this::clusters).clone() : clusters(t));
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
