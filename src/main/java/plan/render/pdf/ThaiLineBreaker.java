package plan.render.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a line may end, by ICU's dictionary line breaker for Thai (the JDK's breaks inside words,
 * e.g. "มีค|วาม"). Thai has no spaces between words, so without this OpenPDF breaks mid-word.
 *
 * <p>One instance per render: ICU break iterators are not thread-safe. Boundaries are cached per
 * text, so the typesetting pass reuses the work of the probe that walked the body before it.
 */
final class ThaiLineBreaker {
    private static final ULocale THAI = new ULocale("th");
    private final BreakIterator lines = BreakIterator.getLineInstance(THAI);
    private final Map<String, BitSet> cache = new HashMap<>();

    /** Bit i set: a line may end before char i (after char i-1). Bits 0 and length are set. */
    BitSet breaks(String text) {
        return cache.computeIfAbsent(text, t -> {
            BitSet b = new BitSet(t.length() + 1);
            lines.setText(t);
            for (int p = lines.first(); p != BreakIterator.DONE; p = lines.next()) {
                b.set(p);
            }
            b.set(0);
            b.set(t.length());
            return b;
        });
    }

    /** Unbreakable pieces of the text, e.g. to size table columns so that no word is cut. */
    String[] segments(String text) {
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
