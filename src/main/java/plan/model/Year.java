package plan.model;

/** A Buddhist Era year (or another whole number, such as the format version) as written in the source. */
public record Year(int value, Span span) implements Value {
}
