package plan.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import plan.format.Alignments;
import plan.format.Format;
import plan.model.Plan;
import plan.model.Relations;
import plan.model.Text;
import plan.render.markdown.AlignmentIndex;

/**
 * The plans and frameworks of a build as they cascade: which frameworks and plans each plan's
 * documents speak of, and the order of the site index (each plan below its parent). Only files
 * without errors take part: those are the ones whose documents exist.
 */
final class Cascade {
    /** A plan of the index and its level in the tree. */
    record Placed(CheckedPlan plan, int depth) {
    }

    private final AlignmentIndex index;
    private final Map<String, CheckedPlan> plans;
    private final Map<String, CheckedFramework> frameworks;

    private Cascade(AlignmentIndex index, Map<String, CheckedPlan> plans, Map<String, CheckedFramework> frameworks) {
        this.index = index;
        this.plans = plans;
        this.frameworks = frameworks;
    }

    static Cascade of(CheckReport report) {
        Map<String, CheckedPlan> plans = new LinkedHashMap<>();
        report.plans().stream().filter(p -> !p.hasErrors())
                .forEach(p -> plans.putIfAbsent(p.plan().id().value(), p));
        Map<String, CheckedFramework> frameworks = new LinkedHashMap<>();
        report.frameworks().stream().filter(f -> !f.hasErrors())
                .forEach(f -> frameworks.putIfAbsent(f.framework().id().value(), f));
        Relations relations = Relations.of(related(plans.values()),
                frameworks.values().stream().map(CheckedFramework::framework).toList());
        return new Cascade(AlignmentIndex.of(relations), plans, frameworks);
    }

    /**
     * The plans that take part in a cascade: those with a parent or with aligned items, and those
     * another plan names. Only these are ever looked up in the alignment index; leaving the others
     * out lets their models go once rendered (a national build holds thousands of plans that
     * speak of no other).
     */
    private static List<Plan> related(java.util.Collection<CheckedPlan> plans) {
        // By id, not by identity: a plan held weakly may come back as another object of the same meaning.
        Set<String> named = new HashSet<>();
        List<Plan> out = new ArrayList<>();
        for (CheckedPlan p : plans) {
            Alignments a = Alignments.of(Format.STANDARD.plan().root(), p.plan().tree());
            if (a.parent() != null) {
                named.add(a.parent().value());
            }
            a.aligns().values().forEach(refs -> refs.forEach(ref -> {
                Alignments.Ref r = Alignments.Ref.parse(ref);
                if (r != null) {
                    named.add(r.target());
                }
            }));
            if (a.parent() != null || !a.aligns().isEmpty()) {
                named.add(p.plan().id().value());
            }
        }
        for (CheckedPlan p : plans) {
            if (named.contains(p.plan().id().value())) {
                out.add(p.plan());
            }
        }
        return out;
    }

    AlignmentIndex index() {
        return index;
    }

    /** The lines of the files a plan's documents speak of: its frameworks, parent and children. */
    List<List<String>> relatedSources(CheckedPlan checked) {
        Plan plan = checked.plan();
        List<List<String>> out = new ArrayList<>();
        for (Text id : Alignments.of(Format.STANDARD.plan().root(), plan.tree()).frameworks()) {
            CheckedFramework f = frameworks.get(id.value());
            if (f != null) {
                out.add(f.source().lines());
            }
        }
        Plan parent = index.parent(plan);
        if (parent != null) {
            out.add(plans.get(parent.id().value()).source().lines());
        }
        for (Plan child : index.children(plan.id().value())) {
            out.add(plans.get(child.id().value()).source().lines());
        }
        return out;
    }

    /**
     * Every plan of the report in index order: a plan without a parent among the plans at the top,
     * each plan's children right below it, in the order given; plans that could not be read last.
     */
    List<Placed> treeOrder(List<CheckedPlan> all) {
        List<Placed> out = new ArrayList<>();
        Set<CheckedPlan> placed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (CheckedPlan p : all) {
            if (p.plan() != null && !p.hasErrors() && index.parent(p.plan()) == null) {
                place(p, 0, out, placed, new HashSet<>());
            }
        }
        // Plans with errors, and plans in a cycle of parents, keep their place at the top level.
        for (CheckedPlan p : all) {
            if (!placed.contains(p)) {
                placed.add(p);
                out.add(new Placed(p, 0));
            }
        }
        return out;
    }

    private void place(CheckedPlan p, int depth, List<Placed> out, Set<CheckedPlan> placed, Set<String> path) {
        if (placed.contains(p) || !path.add(p.plan().id().value())) {
            return;
        }
        placed.add(p);
        out.add(new Placed(p, depth));
        for (Plan child : index.children(p.plan().id().value())) {
            CheckedPlan c = plans.get(child.id().value());
            if (c != null) { // the index holds the plans of this map, by the same ids
                place(c, depth + 1, out, placed, path);
            }
        }
    }
}
