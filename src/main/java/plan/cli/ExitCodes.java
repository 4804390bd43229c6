package plan.cli;

/** The exit codes of PLAN-FORMAT.md. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INPUT_ERRORS = 1;
    /** Also an output refused (unwritable, in the way, not a folder) by every command alike. */
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
