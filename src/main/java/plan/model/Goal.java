package plan.model;

import java.util.List;

/** A goal and the missions it serves. */
public record Goal(Text id, Text text, List<Text> missions, Span span) {
    public Goal {
        missions = List.copyOf(missions);
    }
}
