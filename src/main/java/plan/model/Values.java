package plan.model;

import java.util.List;

/** Core values; every field but {@code items} may be null. */
public record Values(Text name, Text motto, Text description, List<ValueItem> items, Span span) {
    public Values {
        items = List.copyOf(items);
    }
}
