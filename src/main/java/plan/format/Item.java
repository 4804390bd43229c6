package plan.format;

import plan.model.Text;

/** An identified item: its kind and its id (whose span says where, in which file). */
public record Item(Kind kind, Text id) {
}
