package plan.app.shard;

/** {@code plan merge} cannot join the shards given; the message says why, in one line. */
public final class MergeFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean usage;

    private MergeFailure(String message, boolean usage, Throwable cause) {
        super(message, cause);
        this.usage = usage;
    }

    /** The shards do not fit together (missing, doubled, another tool, damaged): exit 1. */
    static MergeFailure shards(String message) {
        return new MergeFailure(message, false, null);
    }

    /** A folder that is not there or cannot be written: exit 2. */
    static MergeFailure usage(String message, Throwable cause) {
        return new MergeFailure(message, true, cause);
    }

    public boolean usage() {
        return usage;
    }
}
