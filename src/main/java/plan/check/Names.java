package plan.check;

import plan.model.Text;

/** How an item is named in a message: its id, or a dash where the id itself was invalid. */
final class Names {
    private Names() {
    }

    static String of(Text id) {
        return id == null ? "-" : id.value();
    }
}
