package plan.render.pdf;

/** Arabic to Thai digits, applied only at render time so the stored text stays searchable. */
final class ThaiDigits {
    private ThaiDigits() {
    }

    static String convert(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '0' && c <= '9' ? (char) ('\u0E50' + (c - '0')) : c);
        }
        return b.toString();
    }

    static String number(int n, boolean thai) {
        String s = Integer.toString(n);
        return thai ? convert(s) : s;
    }
}
