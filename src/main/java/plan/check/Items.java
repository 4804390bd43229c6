package plan.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import plan.format.Item;
import plan.format.Walk;
import plan.model.Text;

/** The identified items of a plan, as the format description says which mappings carry ids. */
final class Items {
    private Items() {
    }

    /** Every item that has a (valid) id, in the order of the description and the file. */
    static List<Item> of(CheckContext c) {
        return Walk.items(c.format().plan().root(), c.plan().tree());
    }

    /** First item of each id. */
    static Map<String, Item> byId(CheckContext c) {
        Map<String, Item> out = new LinkedHashMap<>();
        of(c).forEach(i -> out.putIfAbsent(i.id().value(), i));
        return out;
    }

    static List<String> ids(List<Text> texts) {
        return texts.stream().filter(Objects::nonNull).map(Text::value).toList();
    }
}
