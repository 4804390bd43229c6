package plan.render.pdf.text;

import plan.diag.Message;

/**
 * A font the user named cannot be used. Its {@link #message()} names the font and says what is
 * wrong, in the reader's language once worded (the command words it), so callers print it
 * without a stack trace; {@link #getMessage()} is the key, for logs.
 */
public final class FontException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    public FontException(Message message) {
        this(message, null);
    }

    public FontException(Message message, Throwable cause) {
        super(message.key(), cause);
        this.message = message;
    }

    /** What is wrong, as a message of the bundles. */
    public Message message() {
        return message;
    }
}
