package plan.model;

public record Mission(Text id, Text text, Span span) {
}
