package plan.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import plan.app.check.CheckReport;
import plan.app.check.CheckedFramework;
import plan.app.check.CheckedPlan;
import plan.format.Alignments;
import plan.model.Plan;
import plan.model.Relations;
import plan.model.Text;
import plan.render.markdown.AlignmentIndex;

/**
 * The plans and frameworks of a build as they cascade: which frameworks and plans each plan's
 * documents speak of, and the order of the site index (each plan below its parent). Only files
 * without errors take part: those are the ones whose documents exist. Who names whom is read from
 * each plan's facts, kept with its check result: only the plans in a cascade are made into models
 * (for the alignment index), the thousands that speak of no other are not.
 */
final class CascadeOfPlans {
    /** A plan of the index and its level in the tree. */
    record Placed(CheckedPlan plan, int depth) {
    }

    private final AlignmentIndex index;
    private final Map<String, CheckedPlan> plans;
    private final Map<String, CheckedFramework> frameworks;
    /** The ids of the plans in the alignment index (see {@link #related}). */
    private final Set<String> related;

    private CascadeOfPlans(AlignmentIndex index, Map<String, CheckedPlan> plans, Map<String, CheckedFramework> frameworks,
                    Set<String> related) {
        this.index = index;
        this.plans = plans;
        this.frameworks = frameworks;
        this.related = related;
    }

    static CascadeOfPlans of(CheckReport report) {
        Map<String, CheckedPlan> plans = new LinkedHashMap<>();
        report.plans().stream().filter(p -> !p.hasErrors()).forEach(p -> plans.putIfAbsent(p.id(), p));
        Map<String, CheckedFramework> frameworks = new LinkedHashMap<>();
        report.frameworks().stream().filter(f -> !f.hasErrors())
                .forEach(f -> frameworks.putIfAbsent(f.framework().id().value(), f));
        Set<String> related = related(plans);
        List<Plan> models = related.stream().map(id -> plans.get(id).plan()).toList();
        Relations relations = Relations.of(models, frameworks.values().stream().map(CheckedFramework::framework).toList());
        return new CascadeOfPlans(AlignmentIndex.of(relations), plans, frameworks, related);
    }

    /**
     * The ids of the plans that take part in a cascade, in the order of the plans: those with a
     * parent or with aligned items, and those another plan names. Only these are ever looked up in
     * the alignment index.
     */
    private static Set<String> related(Map<String, CheckedPlan> plans) {
        Set<String> named = new HashSet<>();
        for (CheckedPlan p : plans.values()) {
            Alignments a = alignments(p);
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
                named.add(p.id());
            }
        }
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String id : plans.keySet()) {
            if (named.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** A plan's alignments, from the facts its check kept (every plan without errors has them). */
    private static Alignments alignments(CheckedPlan p) {
        Alignments a = p.facts().alignments();
        return a != null ? a : new Alignments(List.of(), null, List.of(), Map.of());
    }

    AlignmentIndex index() {
        return index;
    }

    /**
     * The plan of the index that {@code checked} names as its parent, else null; as
     * {@link AlignmentIndex#parent}, without the model.
     */
    private CheckedPlan parent(CheckedPlan checked) {
        Text parent = alignments(checked).parent();
        return parent == null || !related.contains(parent.value()) ? null : plans.get(parent.value());
    }

    /**
     * The hashes of the files a plan's documents speak of: its frameworks, its bases, parent and children
     * (see {@link RenderKey#sourceHash}), so that a change there renders it again.
     */
    List<String> relatedSources(CheckedPlan checked) {
        List<String> out = new ArrayList<>();
        for (Text id : alignments(checked).frameworks()) {
            CheckedFramework f = frameworks.get(id.value());
            if (f != null) {
                out.add(RenderKey.sourceHash(f.contentHash(), f.source()));
            }
        }
        out.addAll(baseSources(checked));
        CheckedPlan parent = parent(checked);
        if (parent != null) {
            out.add(RenderKey.sourceHash(parent));
        }
        if (related.contains(checked.id())) {
            for (Plan child : index.children(checked.id())) {
                out.add(RenderKey.sourceHash(plans.get(child.id().value())));
            }
        }
        return out;
    }

    /**
     * The {@linkplain RenderKey#sourceHash hashes} of the bases of a plan's chain, nearest first:
     * what the plan inherits is printed as its own (in its documents, in its results reports and
     * their line in the index), so a change to any base renders them again.
     */
    List<String> baseSources(CheckedPlan checked) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Text base = alignments(checked).base(); base != null && seen.add(base.value()); ) {
            CheckedPlan b = plans.get(base.value());
            if (b == null) {
                break;
            }
            out.add(RenderKey.sourceHash(b));
            base = alignments(b).base();
        }
        return out;
    }

    /**
     * The plans without errors that name {@code checked} as their parent, in the order given
     * (an area office's schools, whose roll-up it gets); empty for most plans.
     */
    List<CheckedPlan> children(CheckedPlan checked) {
        if (checked.hasErrors() || !related.contains(checked.id())) {
            return List.of();
        }
        List<CheckedPlan> out = new ArrayList<>();
        for (Plan child : index.children(checked.id())) {
            CheckedPlan c = plans.get(child.id().value());
            if (c != null && c != checked) {
                out.add(c);
            }
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
            if (!p.hasErrors() && parent(p) == null) {
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
        if (placed.contains(p) || !path.add(p.id())) {
            return;
        }
        placed.add(p);
        out.add(new Placed(p, depth));
        if (!related.contains(p.id())) {
            return; // a plan no other names has no children
        }
        for (Plan child : index.children(p.id())) {
            CheckedPlan c = plans.get(child.id().value());
            if (c != null) { // the index holds the plans of this map, by the same ids
                place(c, depth + 1, out, placed, path);
            }
        }
    }
}
