package plan.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number typed at the start of a paragraph, as offices number lists by hand: 1. 1) (1) 1.1
 * ๑. ๑.๑ ก. and bullets. Plan generates numbers from the order of items, so recognized items drop
 * them; PDF copies sometimes repeat them ("1. 1. text"), and those go too.
 *
 * @param style  "dot" (1.), "paren" (1)), "both" ((1)), "dotted" (1.1, 1.1.1), "letter" (ก.),
 *               "bullet"
 * @param value  the number (a Thai letter's place in the alphabet; 0 for bullets)
 * @param depth  parts of a dotted number (1.1 is 2), else 1
 * @param rest   the text after the number(s)
 * @param afterFirst the text after the first number only (what a free chapter keeps verbatim)
 */
record TypedNumber(String style, int value, int depth, String rest, String afterFirst) {
    private static final String DIGITS = "[0-9\u0E50-\u0E59]{1,3}";
    private static final Pattern DOTTED = Pattern.compile("^(" + DIGITS + ")((?:\\.(?:" + DIGITS + "))+)\\.?(?![0-9\u0E50-\u0E59])\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DOT = Pattern.compile("^(" + DIGITS + ")\\.(?![0-9\u0E50-\u0E59])\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PAREN = Pattern.compile("^(" + DIGITS + ")\\)\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern BOTH = Pattern.compile("^\\((" + DIGITS + ")\\)\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LETTER = Pattern.compile("^([\u0E01-\u0E2E])[.)]\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Bullets, including the private-use glyphs of Word's symbol fonts that PDF copies keep. */
    private static final Pattern BULLET = Pattern.compile("^[•●○◦▪■□◆◇❖➢➤✓✔\\-–*\uE000-\uF8FF]\\s*", Pattern.UNICODE_CHARACTER_CLASS);

    /** The typed number at the start of {@code text} (already stripped), or null. */
    static TypedNumber of(String text) {
        TypedNumber first = one(text);
        if (first == null || first.rest.isEmpty()) {
            return null; // a number alone on its line is not an item
        }
        String rest = first.rest;
        TypedNumber again = one(rest);
        while (again != null && !again.style.equals("bullet") && !again.rest.isEmpty()) { // "1. 1. text"
            rest = again.rest;
            again = one(rest);
        }
        return new TypedNumber(first.style, first.value, first.depth, rest, first.rest);
    }

    private static TypedNumber one(String text) {
        Matcher m = DOTTED.matcher(text);
        if (m.find()) {
            return new TypedNumber("dotted", number(m.group(1)), m.group(2).split("\\.").length, text.substring(m.end()), text.substring(m.end()));
        }
        m = DOT.matcher(text);
        if (m.find()) {
            return new TypedNumber("dot", number(m.group(1)), 1, text.substring(m.end()), text.substring(m.end()));
        }
        m = PAREN.matcher(text);
        if (m.find()) {
            return new TypedNumber("paren", number(m.group(1)), 1, text.substring(m.end()), text.substring(m.end()));
        }
        m = BOTH.matcher(text);
        if (m.find()) {
            return new TypedNumber("both", number(m.group(1)), 1, text.substring(m.end()), text.substring(m.end()));
        }
        m = LETTER.matcher(text);
        if (m.find()) {
            return new TypedNumber("letter", m.group(1).charAt(0) - '\u0E00', 1, text.substring(m.end()), text.substring(m.end()));
        }
        m = BULLET.matcher(text);
        if (m.find() && m.end() < text.length()) {
            return new TypedNumber("bullet", 0, 1, text.substring(m.end()), text.substring(m.end()));
        }
        return null;
    }

    private static int number(String digits) {
        return Integer.parseInt(WhiteSpace.arabicDigits(digits));
    }

    /** Plan's key for the kind of number, so that list levels follow the source's own scheme. */
    String scheme() {
        return style.equals("dotted") || style.equals("dot") ? "d" + depth : style;
    }

    boolean bullet() {
        return style.equals("bullet");
    }
}
