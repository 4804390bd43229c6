package plan.diff;

import java.math.BigDecimal;

/**
 * One change between two versions of a plan.
 *
 * @param kind  added, removed, changed or moved
 * @param plan  the id of the plan it belongs to
 * @param id    the item it belongs to (for a guideline or an activity, its strategy's or project's)
 * @param what  the part that changed: a kind of item ({@code strategy}) or a key path relative to
 *              the item ({@code title}, {@code baseline.value}, {@code budget})
 * @param key   the author's key where the part is a keyed map (a target's year, a label, a
 *              source of funds), else null
 * @param context the text of the item without id a change is inside of (which activity), or the
 *              text of a moved item without id; else null
 * @param old   the old value as text, null where added
 * @param now   the new value as text, null where removed
 * @param delta for amounts of money, new minus old (0 taken for a missing side), else null
 * @param file  the file of NEW the change is reported against
 * @param line  the line in NEW (of the value, or of the nearest part of NEW that holds it)
 * @param text  whether old and new are prose, shown with a word-level diff
 */
public record Change(Kind kind, String plan, String id, String what, String key, String context, String old, String now,
                     BigDecimal delta, String file, int line, boolean text) {
    public Change {
        // 5000.0 and 5000 are one difference; JSON prints it as written here.
        if (delta != null) {
            delta = delta.signum() == 0 ? BigDecimal.ZERO : delta.stripTrailingZeros();
            if (delta.scale() < 0) {
                delta = delta.setScale(0);
            }
        }
    }

    public enum Kind {
        ADDED, REMOVED, CHANGED, MOVED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code what} with its key, as a reader names the part: {@code target 2568}. */
    public String part() {
        String part = key == null ? what : what + " " + key;
        return context == null ? part : part + " (" + context + ")";
    }
}
