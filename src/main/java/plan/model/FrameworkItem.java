package plan.model;

import java.util.List;

/** An item of a framework (a national strategy, a policy point) and the items nested under it. */
public record FrameworkItem(Text id, Text title, List<FrameworkItem> items, Span span) {
    public FrameworkItem {
        items = List.copyOf(items);
    }
}
