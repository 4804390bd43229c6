package plan.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The other files of a run that a plan's documents speak of: frameworks and plans by id (the
 * first of two with one id kept, as the checks keep it). {@link #NONE} for a plan on its own.
 */
public record Relations(Map<String, Framework> frameworks, Map<String, Plan> plans) {
    public static final Relations NONE = new Relations(Map.of(), Map.of());

    public Relations {
        frameworks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(frameworks));
        plans = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(plans));
    }

    public static Relations of(Collection<Plan> plans, Collection<Framework> frameworks) {
        Map<String, Framework> f = new LinkedHashMap<>();
        frameworks.forEach(x -> f.putIfAbsent(x.id().value(), x));
        Map<String, Plan> p = new LinkedHashMap<>();
        plans.forEach(x -> p.putIfAbsent(x.id().value(), x));
        return new Relations(f, p);
    }
}
