package plan.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import plan.model.Plan;
import plan.model.Text;

/** The identified items of a plan by kind, for the reference rules. */
final class Items {
    enum Kind { MISSION, GOAL, STRATEGY, SECTION }

    record Item(Kind kind, Text id) {
    }

    private Items() {
    }

    /** Every item that has a (valid) id, in source order of kinds. */
    static List<Item> of(Plan plan) {
        List<Item> out = new ArrayList<>();
        plan.missions().forEach(m -> out.add(new Item(Kind.MISSION, m.id())));
        plan.goals().forEach(g -> out.add(new Item(Kind.GOAL, g.id())));
        plan.strategies().forEach(s -> out.add(new Item(Kind.STRATEGY, s.id())));
        plan.sections().forEach(s -> out.add(new Item(Kind.SECTION, s.id())));
        out.removeIf(i -> i.id() == null);
        return out;
    }

    /** First item of each id. */
    static Map<String, Item> byId(Plan plan) {
        Map<String, Item> out = new LinkedHashMap<>();
        of(plan).forEach(i -> out.putIfAbsent(i.id().value(), i));
        return out;
    }

    static List<String> ids(List<Text> texts) {
        return texts.stream().filter(Objects::nonNull).map(Text::value).toList();
    }
}
