package plan.importer;

import plan.diag.Message;
import plan.diag.Messages;

/**
 * The source cannot be imported (not a document we read, damaged, encrypted, empty, not UTF-8):
 * its message is the one line the user sees, so it says what to do.
 */
public final class ImportFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** The output could not be written (refused, in the way): a usage error, as in every command. */
    private boolean output;

    /** The output file could not be written or is in the way. */
    public static ImportFailure ofOutput(Message message, Throwable cause) {
        ImportFailure f = new ImportFailure(message, cause);
        f.output = true;
        return f;
    }

    public boolean output() {
        return output;
    }

    /** English, for the exception's own message (logs, tests); the command words it in the user's language. */
    private static final Messages ENGLISH = new Messages(java.util.Locale.ENGLISH);

    /** What went wrong as a message of the bundles, or null for a message given as text. */
    private final transient Message message;

    public ImportFailure(Message message) {
        this(message, null);
    }

    public ImportFailure(Message message, Throwable cause) {
        super(ENGLISH.format(message), cause);
        this.message = message;
    }

    /** The one line the user sees, in the language of {@code messages}. */
    public String message(Messages messages) {
        return message == null ? getMessage() : messages.format(message);
    }

    public ImportFailure(String message) {
        super(message);
        this.message = null;
    }

    public ImportFailure(String message, Throwable cause) {
        super(message, cause);
        this.message = null;
    }
}
