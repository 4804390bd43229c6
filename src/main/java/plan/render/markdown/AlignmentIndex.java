package plan.render.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.format.Alignments;
import plan.format.Format;
import plan.format.Item;
import plan.format.Kind;
import plan.model.Framework;
import plan.model.Goal;
import plan.model.Plan;
import plan.model.Project;
import plan.model.Relations;
import plan.model.Strategy;
import plan.model.Text;

/**
 * Alignment seen from above: for each framework item, the plans' items that align with it; for
 * each plan, the plans that name it as {@code parent}. Built once per build from every plan's
 * {@code aligns}, in the plans' order (linear in the number of references).
 */
public final class AlignmentIndex {
    /** An item of a plan that aligns with something: its kind, id, number in its plan and its words. */
    public record Aligned(Plan plan, Kind kind, String id, int number, Text text) {
    }

    private final Relations relations;
    private final Map<String, Map<String, List<Aligned>>> byFrameworkItem = new LinkedHashMap<>();
    private final Map<String, List<Plan>> children = new LinkedHashMap<>();

    private AlignmentIndex(Relations relations) {
        this.relations = relations;
    }

    public static AlignmentIndex of(Relations relations) {
        AlignmentIndex index = new AlignmentIndex(relations);
        relations.plans().values().forEach(index::add);
        return index;
    }

    public Relations relations() {
        return relations;
    }

    /** What aligns with an item of a framework, in the order of the plans and their items. */
    public List<Aligned> alignedWith(String framework, String item) {
        return byFrameworkItem.getOrDefault(framework, Map.of()).getOrDefault(item, List.of());
    }

    /** The plans that name {@code plan} as their parent, in the order given. */
    public List<Plan> children(String plan) {
        return children.getOrDefault(plan, List.of());
    }

    /** The parent plan of {@code plan} when it is among the plans, else null. */
    public Plan parent(Plan plan) {
        Text parent = alignments(plan).parent();
        return parent == null ? null : relations.plans().get(parent.value());
    }

    static Alignments alignments(Plan plan) {
        return Alignments.of(Format.STANDARD.plan().root(), plan.tree());
    }

    private void add(Plan plan) {
        Alignments a = alignments(plan);
        if (a.parent() != null && !a.parent().value().equals(plan.id().value())) {
            children.computeIfAbsent(a.parent().value(), p -> new ArrayList<>()).add(plan);
        }
        a.aligns().forEach((item, refs) -> {
            Aligned aligned = describe(plan, item);
            if (aligned == null) {
                return;
            }
            for (Text ref : refs) {
                Alignments.Ref r = Alignments.Ref.parse(ref);
                Framework framework = r == null ? null : relations.frameworks().get(r.target());
                if (framework != null && framework.itemsById().containsKey(r.item())) {
                    List<Aligned> list = byFrameworkItem.computeIfAbsent(r.target(), f -> new LinkedHashMap<>())
                            .computeIfAbsent(r.item(), i -> new ArrayList<>());
                    Aligned last = list.isEmpty() ? null : list.get(list.size() - 1);
                    // Plans are compared by identity here: comparing by meaning would walk whole models.
                    if (last == null || last.plan() != plan || !last.id().equals(aligned.id())) {
                        list.add(aligned);
                    }
                }
            }
        });
    }

    /** A goal, strategy or project of {@code plan} with its number; null for other kinds (they carry no aligns). */
    static Aligned describe(Plan plan, Item item) {
        if (item.kind().equals(Kind.GOAL)) {
            List<Goal> goals = plan.goals();
            for (int i = 0; i < goals.size(); i++) {
                if (goals.get(i).id() != null && goals.get(i).id().value().equals(item.id().value())) {
                    return new Aligned(plan, Kind.GOAL, item.id().value(), i + 1, goals.get(i).text());
                }
            }
        } else if (item.kind().equals(Kind.PROJECT)) {
            List<Project> projects = plan.projects();
            for (int i = 0; i < projects.size(); i++) {
                if (projects.get(i).id() != null && projects.get(i).id().value().equals(item.id().value())) {
                    return new Aligned(plan, Kind.PROJECT, item.id().value(), i + 1, projects.get(i).title());
                }
            }
        } else if (item.kind().equals(Kind.STRATEGY)) {
            List<Strategy> strategies = plan.strategies();
            for (int i = 0; i < strategies.size(); i++) {
                if (strategies.get(i).id() != null && strategies.get(i).id().value().equals(item.id().value())) {
                    return new Aligned(plan, Kind.STRATEGY, item.id().value(), i + 1, strategies.get(i).title());
                }
            }
        }
        return null;
    }
}
