package plan.model;

/** One letter of a core-values acronym: key B, name Board, text its Thai meaning. */
public record ValueItem(Text key, Text name, Text text, Span span) {
}
