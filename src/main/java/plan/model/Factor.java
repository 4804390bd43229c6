package plan.model;

/**
 * A factor of the situation analysis: a strength, weakness, opportunity or threat. {@code category},
 * {@code weight} and {@code score} may be null; weight and score are exact decimals (held as
 * {@link Money}, the format's exact number).
 */
public record Factor(Text id, Text text, Text category, Money weight, Money score, Span span) {
}
