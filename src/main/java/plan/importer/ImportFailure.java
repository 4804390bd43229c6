package plan.importer;

/**
 * The source cannot be imported (not a document we read, damaged, encrypted, empty, not UTF-8):
 * its message is the one line the user sees, so it says what to do.
 */
public final class ImportFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** The output could not be written (refused, in the way): a usage error, as in every command. */
    private boolean output;

    /** The output file could not be written or is in the way. */
    public static ImportFailure ofOutput(String message, Throwable cause) {
        ImportFailure f = new ImportFailure(message, cause);
        f.output = true;
        return f;
    }

    public boolean output() {
        return output;
    }

    public ImportFailure(String message) {
        super(message);
    }

    public ImportFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
