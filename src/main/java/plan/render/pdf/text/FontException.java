package plan.render.pdf.text;

/**
 * A font the user named cannot be used. The message is meant for the user as it is: it names the
 * font and says what is wrong, so callers print it without a stack trace.
 */
public final class FontException extends Exception {
    private static final long serialVersionUID = 1L;

    public FontException(String message) {
        super(message);
    }

    public FontException(String message, Throwable cause) {
        super(message, cause);
    }
}
