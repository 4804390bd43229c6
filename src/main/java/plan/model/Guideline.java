package plan.model;

import java.util.List;

/** One guideline (แนวทางการดำเนินงาน) with optional nested points. */
public record Guideline(Text text, List<Guideline> items, Span span) {
    public Guideline {
        items = List.copyOf(items);
    }
}
