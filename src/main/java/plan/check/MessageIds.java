package plan.check;

import plan.model.Text;

/** How an item is named in a message: its id, or a dash where the id itself was invalid. */
final class MessageIds {
    private MessageIds() {
    }

    static String of(Text id) {
        return id == null ? "-" : id.value();
    }

    /** A list of ids for a hint, cut short: a plan with thousands of items must not print them all. */
    static String list(java.util.List<String> ids) {
        int shown = 10;
        return ids.size() <= shown ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, shown)) + ", … (" + ids.size() + ")";
    }
}
