package plan.importer;

/**
 * The source cannot be imported (not a document we read, damaged, encrypted, empty, not UTF-8):
 * its message is the one line the user sees, so it says what to do.
 */
public final class ImportFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportFailure(String message) {
        super(message);
    }

    public ImportFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
