package plan.model;

/** A free chapter with a Markdown body. */
public record Section(Text id, Text title, Text body, Span span) {
}
