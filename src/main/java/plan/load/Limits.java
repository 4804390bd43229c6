package plan.load;

/** Bounds on what a plan file may be; real plans are tens of kilobytes. */
public record Limits(int maxBytes, int maxDepth, int maxAliases, int maxNodes) {
    public static final Limits DEFAULT = new Limits(4 * 1024 * 1024, 64, 50, 200_000);

    /**
     * The text a record would make, written out: part of every check result's key, so it is made
     * on every run, and a record's own toString is linked at its first call (method handles made
     * at run time, which the start-up cache cannot hold: about 8 ms of each start).
     */
    @Override
    public String toString() {
        return "Limits[maxBytes=" + maxBytes + ", maxDepth=" + maxDepth + ", maxAliases=" + maxAliases
                + ", maxNodes=" + maxNodes + "]";
    }
}
