package plan.model;

import java.util.List;

/** A strategy, the goals it pursues and its guidelines; {@code description} may be null. */
public record Strategy(Text id, Text title, List<Text> goals, List<Guideline> guidelines,
                       Text description, Span span) {
    public Strategy {
        goals = List.copyOf(goals);
        guidelines = List.copyOf(guidelines);
    }
}
