package plan.model;

import java.util.List;

/** A strategy, the goals it pursues, its guidelines and indicators; {@code description} may be null. */
public record Strategy(Text id, Text title, List<Text> goals, List<Guideline> guidelines,
                       Text description, List<Indicator> indicators, Span span) {
    public Strategy {
        goals = List.copyOf(goals);
        guidelines = List.copyOf(guidelines);
        indicators = List.copyOf(indicators);
    }
}
