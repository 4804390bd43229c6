package plan.model;

/** A 1-based position in a plan file; {@link #NONE} for elements that have no source. */
public record Span(int line, int column) {
    public static final Span NONE = new Span(0, 0);
}
