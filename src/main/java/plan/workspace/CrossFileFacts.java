package plan.workspace;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.format.Alignments;
import plan.format.Format;
import plan.format.Keys;
import plan.format.Kind;
import plan.model.Framework;
import plan.model.Plan;
import plan.model.Text;
import plan.model.Waiver;

/**
 * What the rules across files need of a file, taken once while its model is in hand: its id,
 * what it holds (item id to kind) and, for a plan, what it aligns with. Small, so a workspace of
 * ten thousand files keeps all of them while the models themselves may go (see {@link ReloadableModel}).
 *
 * @param id    the plan's or framework's id; null where the file was not bound
 * @param kind  {@link Kind#PLAN} or {@link Kind#FRAMEWORK}; null where the file was not bound
 * @param waivers the plan's waivers, which the policy reads
 * @param digits the plan's own {@code digits} as written ({@code thai}, {@code arabic}), "" where it
 *               has none, null for a file that is no plan: a build's render key needs it, so a
 *               rebuild makes the keys of unchanged plans without their models
 */
public record CrossFileFacts(Text id, Kind kind, Map<String, Kind> items, Alignments alignments, List<Waiver> waivers,
                    String digits) {
    static final CrossFileFacts NONE = new CrossFileFacts(null, null, Map.of(), null, List.of(), null);

    public CrossFileFacts {
        waivers = List.copyOf(waivers);
    }

    static CrossFileFacts of(Format format, Plan plan, Framework framework) {
        if (framework != null) {
            Map<String, Kind> items = new LinkedHashMap<>();
            framework.itemsById().keySet().forEach(id -> items.put(id, Kind.FRAMEWORK_ITEM));
            return new CrossFileFacts(framework.id(), Kind.FRAMEWORK, items, null, List.of(), null);
        }
        if (plan == null) {
            return NONE;
        }
        Alignments a = Alignments.of(format.plan().root(), plan.tree());
        Map<String, Kind> items = new HashMap<>();
        a.items().forEach(i -> items.putIfAbsent(i.id().value(), i.kind()));
        Text digits = plan.tree().text(Keys.DIGITS);
        return new CrossFileFacts(plan.id(), Kind.PLAN, items, a, plan.waivers(), digits == null ? "" : digits.value());
    }
}
