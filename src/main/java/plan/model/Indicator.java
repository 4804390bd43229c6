package plan.model;

import java.util.List;

/**
 * An indicator (ตัวชี้วัด): what is measured, its unit, its last known value and a target per
 * fiscal year. {@code unit}, {@code baseline} and {@code targets} (where not written) may be null.
 * {@code direction} is {@code down} for one that should fall (null: up); {@code scale} the ordered
 * text values of a text target, lowest first (empty: none).
 */
public record Indicator(Text id, Text text, Text unit, Baseline baseline, Targets targets, Text direction,
                        List<Text> scale, Span span) {
    public Indicator {
        scale = scale == null ? List.of() : List.copyOf(scale);
    }

    public Indicator(Text id, Text text, Text unit, Baseline baseline, Targets targets, Span span) {
        this(id, text, unit, baseline, targets, null, List.of(), span);
    }

    /** Whether a lower value is the better one. */
    public boolean falls() {
        return direction != null && "down".equals(direction.value());
    }

    /** The last known value (a number or a text such as ระดับดี) and its year; either may be null. */
    public record Baseline(Year year, Text value, Span span) {
    }

    /** The targets as written, one per fiscal year. */
    public record Targets(List<Target> items, Span span) {
        public Targets {
            items = List.copyOf(items);
        }
    }

    /** The target of one fiscal year: a number or a text. */
    public record Target(Year year, Text value) {
    }

    /** The target of {@code year}, or null. */
    public Text target(int year) {
        if (targets == null) {
            return null;
        }
        return targets.items().stream().filter(t -> t.year().value() == year).map(Target::value).findFirst().orElse(null);
    }

    public List<Target> targetList() {
        return targets == null ? List.of() : targets.items();
    }
}
