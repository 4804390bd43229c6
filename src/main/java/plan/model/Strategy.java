package plan.model;

import java.util.List;

/**
 * A strategy, the goals it pursues, its guidelines and indicators, and the factors of the
 * situation analysis it answers ({@code from}); {@code description} may be null.
 */
public record Strategy(Text id, Text title, List<Text> goals, List<Guideline> guidelines,
                       Text description, List<Indicator> indicators, List<Text> from, Span span) {
    public Strategy {
        goals = List.copyOf(goals);
        guidelines = List.copyOf(guidelines);
        indicators = List.copyOf(indicators);
        from = List.copyOf(from);
    }

    /** A strategy that names no factor of an analysis. */
    public Strategy(Text id, Text title, List<Text> goals, List<Guideline> guidelines, Text description,
                    List<Indicator> indicators, Span span) {
        this(id, title, goals, guidelines, description, indicators, List.of(), span);
    }
}
