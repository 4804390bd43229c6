package plan.load;

/** Bounds on what a plan file may be; real plans are tens of kilobytes. */
public record Limits(int maxBytes, int maxDepth, int maxAliases, int maxNodes) {
    public static final Limits DEFAULT = new Limits(4 * 1024 * 1024, 64, 50, 200_000);
}
