package plan.app;

/**
 * A build that had to stop before publishing anything: a broken user template (exit 1), an
 * unusable font or output folder (exit 2). The message is for the user, one line.
 */
public final class BuildFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean inputError;

    public BuildFailure(String message, boolean inputError, Throwable cause) {
        super(message, cause);
        this.inputError = inputError;
    }

    /** True when the user's own input (a template) is at fault, false for the environment. */
    public boolean inputError() {
        return inputError;
    }
}
