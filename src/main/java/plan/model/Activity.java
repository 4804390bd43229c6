package plan.model;

/** An activity of a project; every part but {@code text} may be null. */
public record Activity(Text text, Budget budget, Text months, Text owner, Span span) {
}
