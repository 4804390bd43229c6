package plan.model;

/** A Buddhist Era year as written in the source. */
public record Year(int value, Span span) {
}
