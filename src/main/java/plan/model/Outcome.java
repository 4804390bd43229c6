package plan.model;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;

/**
 * An indicator's value against its target of a fiscal year: met, not met, no target for that
 * year, or not reported. Numbers compare exactly (decimal); a text target is met by an equal text
 * (trimmed, in Unicode NFC) or, with a {@code scale}, by a value at or above its place on it
 * (at or below with {@code direction: down}, as a number must be).
 */
public enum Outcome {
    MET, NOT_MET, NO_TARGET, NOT_REPORTED;

    /** Its name in files and reports' word keys: {@code met}, {@code not-met}, {@code no-target}, {@code not-reported}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The outcome of {@code value} (null: not reported) against {@code indicator}'s target of {@code fiscalYear}. */
    public static Outcome of(Indicator indicator, Text value, int fiscalYear) {
        Text target = indicator.target(fiscalYear);
        if (value == null) {
            return NOT_REPORTED;
        }
        if (target == null) {
            return NO_TARGET;
        }
        BigDecimal t = number(target.value());
        BigDecimal v = number(value.value());
        if (t != null && v != null) {
            int c = v.compareTo(t);
            return (indicator.falls() ? c <= 0 : c >= 0) ? MET : NOT_MET;
        }
        if (t != null || v != null) {
            return NOT_MET; // a number for a text target or the other way round: wrong-type, never met
        }
        if (!indicator.scale().isEmpty()) {
            int tp = place(indicator.scale(), target.value());
            int vp = place(indicator.scale(), value.value());
            if (tp >= 0 && vp >= 0) {
                return (indicator.falls() ? vp <= tp : vp >= tp) ? MET : NOT_MET;
            }
        }
        return same(target.value(), value.value()) ? MET : NOT_MET;
    }

    /** A number as written (Thai digits read as Arabic), exact; null for a text. */
    public static BigDecimal number(String written) {
        String s = arabic(written.strip());
        if (!s.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(s);
    }

    /** The place of {@code word} on {@code scale}, lowest 0; -1 when it is not on it. */
    public static int place(List<Text> scale, String word) {
        for (int i = 0; i < scale.size(); i++) {
            if (same(scale.get(i).value(), word)) {
                return i;
            }
        }
        return -1;
    }

    /** Two texts alike after trimming, in Unicode NFC. */
    public static boolean same(String a, String b) {
        return Normalizer.normalize(a.strip(), Normalizer.Form.NFC).equals(Normalizer.normalize(b.strip(), Normalizer.Form.NFC));
    }

    private static String arabic(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + c - '\u0E50') : c);
        }
        return out.toString();
    }
}
