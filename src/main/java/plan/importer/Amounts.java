package plan.importer;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Amounts of baht as documents write them: 1,250,000 · 1,250,000.- · ๑,๒๕๐,๐๐๐ บาท · 48,500.50. */
final class Amounts {
    private static final Pattern AMOUNT = Pattern.compile(
            "^(?:งบประมาณ\\s*)?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\\.[0-9]{1,2})?\\s*(?:\\.-|-|\\.)?\\s*(?:บาท|baht|THB|฿)?\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(2[45][0-9]{2})(?![0-9])");

    private Amounts() {
    }

    /** The amount {@code cell} says, or null when it is not one (blank, a dash, words). */
    static BigDecimal parse(String cell) {
        String t = WhiteSpace.arabicDigits(WhiteSpace.strip(cell)).replace('\u00A0', ' ');
        Matcher m = AMOUNT.matcher(t);
        if (!m.matches()) {
            return null;
        }
        return new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
    }

    /** Nothing written, or a dash for "none". */
    static boolean isEmpty(String cell) {
        return WhiteSpace.strip(cell).matches("[-–—]*");
    }

    /** The Buddhist Era years a text names (2400-2599), in order; Thai digits read too. */
    static java.util.List<Integer> years(String text) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        Matcher m = YEAR.matcher(WhiteSpace.arabicDigits(text));
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }
}
