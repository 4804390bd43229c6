package plan.app.check;

import plan.diag.Message;
import plan.diag.Messages;

/** The user asked for something impossible (a missing file, a bad option value): exit 2. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What was refused, as a message of the bundles: the command words it in the reader's language. */
    private final transient Message message;

    public UsageException(Message message) {
        super(message.key());
        this.message = message;
    }

    /** The one line the user sees, in the language of {@code messages}. */
    public String message(Messages messages) {
        return messages.format(message);
    }

    /** English, for logs and tests (worded when asked: the bundle is read only then). */
    @Override
    public String getMessage() {
        return message(new Messages(java.util.Locale.ENGLISH));
    }
}
