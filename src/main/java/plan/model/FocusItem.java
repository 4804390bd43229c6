package plan.model;

/** One annual focus point; {@code tag} (the English label) may be null. */
public record FocusItem(Text text, Text tag, Span span) {
}
