package plan.model;

import java.util.List;

/** A goal, the missions it serves and its indicators. */
public record Goal(Text id, Text text, List<Text> missions, List<Indicator> indicators, Span span) {
    public Goal {
        missions = List.copyOf(missions);
        indicators = List.copyOf(indicators);
    }
}
