package plan.model;

import java.util.List;

/** Annual focus points (จุดเน้น); {@code year} and {@code title} may be null. */
public record Focus(Year year, Text title, List<FocusItem> items, Span span) {
    public Focus {
        items = List.copyOf(items);
    }
}
