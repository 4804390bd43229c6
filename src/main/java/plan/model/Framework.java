package plan.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A framework plans align with: the 20-year national strategy, the national education plan, a
 * ministry's policy of a year. {@code shortName} may be null; {@code tree} is the file as bound.
 */
public record Framework(String file, Text id, Text title, Text shortName, List<FrameworkItem> items,
                        Value.Mapping tree) {
    public Framework {
        items = List.copyOf(items);
    }

    /** Every item, nested ones after their parent, in the order written. */
    public List<FrameworkItem> allItems() {
        List<FrameworkItem> out = new ArrayList<>();
        collect(items, out);
        return out;
    }

    /** Items by their own id (unique within a framework; the first of two kept). */
    public Map<String, FrameworkItem> itemsById() {
        Map<String, FrameworkItem> out = new LinkedHashMap<>();
        allItems().forEach(i -> {
            if (i.id() != null) {
                out.putIfAbsent(i.id().value(), i);
            }
        });
        return out;
    }

    /** The name for tables: {@code short}, else the title. */
    public Text name() {
        return shortName != null && !shortName.isBlank() ? shortName : title;
    }

    private static void collect(List<FrameworkItem> items, List<FrameworkItem> out) {
        for (FrameworkItem item : items) {
            out.add(item);
            collect(item.items(), out);
        }
    }
}
