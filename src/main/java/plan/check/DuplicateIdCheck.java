package plan.check;

import java.util.HashMap;
import java.util.Map;

import plan.diag.Message;
import plan.diag.Rule;
import plan.format.Item;

/** duplicate-id: ids are unique across the whole plan, whatever the kind of item. */
final class DuplicateIdCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.DUPLICATE_ID;
    }

    @Override
    public void check(CheckContext c) {
        Map<String, Item> first = new HashMap<>();
        for (Item item : Items.of(c)) {
            Item earlier = first.putIfAbsent(item.id().value(), item);
            if (earlier != null) {
                c.report(rule(), item.id().span(), Message.of("check.duplicate-id", item.id().value()),
                        inherited(earlier, item) ? Message.of("check.duplicate-id.inherited.hint",
                                earlier.id().span().file(), earlier.id().span().line())
                                : Message.of("check.duplicate-id.hint", earlier.id().span().line()));
            }
        }
    }

    /** The earlier item stands in another file: the base plan this one inherits it from. */
    private static boolean inherited(Item earlier, Item item) {
        String there = earlier.id().span().file();
        return there != null && !there.equals(item.id().span().file());
    }
}
