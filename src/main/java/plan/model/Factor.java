package plan.model;

/**
 * A factor of the situation analysis: a strength, weakness, opportunity or threat. {@code category},
 * {@code weight} and {@code score} may be null; weight and score are exact decimals (held as
 * {@link Money}, the format's exact number). {@code weightWritten} tells a weight left out from one
 * written but refused, so that the list's weights are judged only once every one was read.
 */
public record Factor(Text id, Text text, Text category, Money weight, Money score, Span span, boolean weightWritten) {
    /** A factor whose weight, if any, was read: written exactly where it is not null. */
    public Factor(Text id, Text text, Text category, Money weight, Money score, Span span) {
        this(id, text, category, weight, score, span, weight != null);
    }

    /** The factor writes a weight that was refused (a {@code wrong-type} finding says why), so it has none here. */
    public boolean weightRefused() {
        return weightWritten && weight == null;
    }
}
