package plan.model;

/** The office that owns the plan; {@code shortName} may be null. */
public record Organization(Text name, Text shortName, Span span) {
}
