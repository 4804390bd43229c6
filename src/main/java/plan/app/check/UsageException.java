package plan.app.check;

/** The user asked for something impossible (a missing file, a bad option value): exit 2. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
