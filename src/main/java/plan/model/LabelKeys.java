package plan.model;

import java.util.List;

/**
 * The generated words a plan may override under {@code labels}. Chapter names are the
 * outline names; the singular ones prefix numbered items (e.g. strategy = กลยุทธ์ที่).
 */
public final class LabelKeys {
    public static final List<String> ALL = List.of(
            "preamble", "vision", "missions", "mission", "values", "goals", "goal",
            "strategies", "strategy", "guidelines", "focus", "matrix", "contents",
            "organization", "period", "year", "serves", "pursues");

    private LabelKeys() {
    }
}
