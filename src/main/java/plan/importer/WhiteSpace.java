package plan.importer;

/** White space as documents have it: Unicode's, no-break and zero-width spaces included. */
final class WhiteSpace {
    private WhiteSpace() {
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    static boolean isBlank(String s) {
        return s.codePoints().allMatch(WhiteSpace::isSpace);
    }

    /** {@code s} without white space at either end (Unicode's, unlike {@link String#strip}'s no-break space). */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Thai digits ๐-๙ as Arabic digits (years and numbers are stored with Arabic digits). */
    static String arabicDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + (c - '\u0E50')) : c);
        }
        return b.toString();
    }
}
