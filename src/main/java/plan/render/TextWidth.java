package plan.render;

/**
 * How wide text is in characters, as a line of it is measured before it is typeset: a mark above
 * or below a letter (Thai vowels and tone marks) takes no width of its own.
 */
public final class TextWidth {
    private TextWidth() {
    }

    /** Whether {@code c} takes width of its own: every character but a non-spacing mark. */
    public static boolean takesWidth(int c) {
        return Character.getType(c) != Character.NON_SPACING_MARK;
    }

    /** The characters of {@code s} that take width. */
    public static int of(CharSequence s) {
        return (int) s.codePoints().filter(TextWidth::takesWidth).count();
    }
}
