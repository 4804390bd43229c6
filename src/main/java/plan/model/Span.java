package plan.model;

/**
 * A 1-based position in a source file; {@link #NONE} for elements that have no source (an id
 * taken from the file name, a model made by import).
 *
 * <p>Positions take no part in equality: any two spans are equal and hash alike, so every model
 * record that keeps one compares by meaning only. Two plans that say the same thing are equal
 * wherever their keys stand (diff, import round trips, caches). Compare positions through
 * {@link #file()}, {@link #line()} and {@link #column()}.
 */
public record Span(String file, int line, int column) {
    public static final Span NONE = new Span(null, 0, 0);

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Span;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
