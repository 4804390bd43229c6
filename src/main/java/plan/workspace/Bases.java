package plan.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.bind.Inheritance;
import plan.check.CheckContext;
import plan.check.Checker;
import plan.diag.Diagnostic;
import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;
import plan.diag.Severity;
import plan.format.Alignments;
import plan.format.Format;
import plan.format.Item;
import plan.format.Kind;
import plan.model.Plan;
import plan.model.Text;

/**
 * The yearly cycle across files: each plan that names a {@code base} read with what it inherits.
 * A plan's own check (see {@link Workspace}) sees only its file; here its base is found among
 * the files of the run (by id, the first plan of an id, as for every reference), the chain of
 * bases followed, and the plan checked as it reads, reporting only what lies in its own file:
 * the inherited items were checked in theirs. Its model and facts become those of the plan as it
 * reads, so that documents, alignment and the rules across files see the inherited items.
 */
final class Bases implements CrossCheck {
    private final Format format;
    private final Locator locator;
    private final Policy policy;
    /** The workspace's recently used models, where a plan read with its bases is kept as the files' own are. */
    private final RecentModels recent;

    /** How a plan's base stands. */
    private enum State { RESOLVED, SELF, CYCLE, MISSING, NOT_A_PLAN, BASE_HAS_ERRORS }

    /** A plan with a base: how its base stands, and its chain of bases, nearest first (resolved only). */
    private record Chain(State state, List<Checked> bases, String name) {
    }

    private final Map<String, Chain> chains = new HashMap<>();
    /** Each file as its own check left it (a resolved plan's own tree, before inheriting), by path. */
    private final Map<String, Checked> own = new HashMap<>();
    private Map<String, Checked> plansById = Map.of();

    Bases(Format format, Locator locator, Policy policy, RecentModels recent) {
        this.recent = recent;
        this.format = format;
        this.locator = locator;
        this.policy = policy;
    }

    @Override
    public Rule rule() {
        return Rule.UNRESOLVED_REF;
    }

    static Text baseOf(Checked file) {
        Alignments a = file.facts().alignments();
        return a == null ? null : a.base();
    }

    /**
     * The files as the rules across files and the documents see them: each plan with a resolved
     * base holding its model as it reads and the inherited items among its facts.
     */
    List<Checked> resolve(List<Checked> files) {
        chains.clear();
        own.clear();
        files.forEach(f -> own.put(f.path(), f));
        Map<String, Checked> byId = new LinkedHashMap<>();
        for (Checked f : files) {
            if (f.facts().id() != null) {
                byId.putIfAbsent(f.facts().id().value(), f);
            }
        }
        plansById = byId;
        for (Checked f : files) {
            if (baseOf(f) != null) {
                chains.put(f.path(), chain(f, byId));
            }
        }
        List<Checked> out = new ArrayList<>(files.size());
        for (Checked f : files) {
            Chain c = chains.get(f.path());
            if (c == null || c.state() != State.RESOLVED) {
                out.add(f);
                continue;
            }
            // Made from the files as they are now, held weakly: a later run's files do not change it.
            List<Checked> bases = c.bases();
            ReloadableModel held = ReloadableModel.resolving(recent, f.held(), () -> readAs(f, bases, null));
            out.add(new Checked(f.path(), f.kind(), held, f.found(), facts(f, c), f.contentHash()));
        }
        return out;
    }

    /**
     * The plan of {@code file} (as its own check left it) as it reads, its chain of {@code bases}
     * (nearest first, each as its own check left it) taken in; the plan's additions that name
     * nothing are reported to {@code findings}, when given.
     */
    private static Plan readAs(Checked file, List<Checked> bases, Findings findings) {
        Plan base = bases.get(bases.size() - 1).plan();
        for (int i = bases.size() - 2; i >= 0; i--) {
            base = Inheritance.resolve(bases.get(i).plan(), base, null);
        }
        return Inheritance.resolve(file.plan(), base, findings);
    }

    /**
     * The chain of bases of {@code file}, nearest first, or why there is none; {@code name}: the
     * cycle's path, or the base whose errors stop the chain (a base whose own base is wrong is
     * reported there, and names its plans' error here).
     */
    private Chain chain(Checked file, Map<String, Checked> byId) {
        List<Checked> bases = new ArrayList<>();
        List<String> path = new ArrayList<>();
        String self = file.facts().id().value();
        path.add(self);
        Checked at = file;
        while (baseOf(at) != null) {
            String id = baseOf(at).value();
            Checked next = byId.get(id);
            if (at == file && id.equals(self)) {
                return new Chain(State.SELF, List.of(), null);
            }
            if (at == file && next == null) {
                return new Chain(State.MISSING, List.of(), null);
            }
            if (at == file && (!Kind.PLAN.equals(next.facts().kind()) || !next.held().hasPlan())) {
                return new Chain(State.NOT_A_PLAN, List.of(), null);
            }
            if (path.contains(id)) {
                path.add(id);
                return id.equals(self) ? new Chain(State.CYCLE, List.of(), String.join(" → ", path))
                        : new Chain(State.BASE_HAS_ERRORS, List.of(), path.get(1));
            }
            if (next == null || !Kind.PLAN.equals(next.facts().kind()) || !next.held().hasPlan()) {
                return new Chain(State.BASE_HAS_ERRORS, List.of(), path.get(1));
            }
            path.add(id);
            bases.add(next);
            at = next;
        }
        for (Checked b : bases) {
            if (hasErrors(b)) {
                return new Chain(State.BASE_HAS_ERRORS, List.copyOf(bases), b.facts().id().value());
            }
        }
        return new Chain(State.RESOLVED, List.copyOf(bases), null);
    }

    /** Errors of a base's own check, after its waivers and settings: a base with them gives no plan its items. */
    private boolean hasErrors(Checked base) {
        for (Diagnostic d : policy.apply(base.path(), base.facts().waivers(), base.found())) {
            if (d.severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }

    /** A plan's facts with what its bases give: their items, and their items' alignments before its own. */
    private static CrossFileFacts facts(Checked file, Chain chain) {
        CrossFileFacts own = file.facts();
        Map<String, Kind> items = new LinkedHashMap<>();
        List<Item> all = new ArrayList<>();
        Map<Item, List<Text>> aligns = new LinkedHashMap<>();
        for (int i = chain.bases().size() - 1; i >= 0; i--) {
            CrossFileFacts base = chain.bases().get(i).facts();
            items.putAll(base.items());
            if (base.alignments() != null) {
                all.addAll(base.alignments().items().stream()
                        .filter(item -> !item.kind().equals(Kind.PROJECT) && !item.kind().equals(Kind.SECTION)).toList());
                base.alignments().aligns().forEach((item, refs) -> {
                    if (!item.kind().equals(Kind.PROJECT)) {
                        aligns.computeIfAbsent(item, k -> new ArrayList<>()).addAll(refs);
                    }
                });
            }
        }
        items.putAll(own.items());
        Alignments a = own.alignments();
        all.addAll(a.items());
        a.aligns().forEach((item, refs) -> aligns.computeIfAbsent(item, k -> new ArrayList<>()).addAll(refs));
        return new CrossFileFacts(own.id(), own.kind(), items, new Alignments(a.frameworks(), a.parent(), all, aligns, a.base()),
                own.waivers(), own.digits(), own.logo(), own.logoLook());
    }

    /** Each plan with a base: its period within the base's, and the plan checked as it reads (its waivers apply). */
    @Override
    public void check(List<Checked> files, Map<String, Findings> findings) {
        files.parallelStream().filter(f -> chains.containsKey(f.path()))
                .forEach(f -> checkAsItReads(f, chains.get(f.path()), findings.get(f.path())));
    }

    /**
     * Each plan's base named and sound: what no waiver softens, since a plan whose base is not
     * there cannot be read, let alone printed.
     */
    CrossCheck named() {
        return new CrossCheck() {
            @Override
            public Rule rule() {
                return Rule.UNRESOLVED_REF;
            }

            @Override
            public boolean policyApplies() {
                return false;
            }

            @Override
            public void check(List<Checked> files, Map<String, Findings> findings) {
                files.stream().filter(f -> chains.containsKey(f.path()))
                        .forEach(f -> named(f, chains.get(f.path()), findings.get(f.path())));
            }
        };
    }

    private void named(Checked file, Chain chain, Findings out) {
        Text base = baseOf(file);
        switch (chain.state()) {
            case SELF -> report(out, base, Message.of("check.base-self", base.value()), null);
            case MISSING -> report(out, base, Message.of("check.plan-not-given", base.value()), missingHint(file, base));
            case NOT_A_PLAN -> report(out, base, Message.of("check.ref-wrong-kind", base.value(),
                    Message.of(Kind.BASE.messageKey()), Message.of(plansById.get(base.value()).facts().kind().messageKey())),
                    null);
            case CYCLE -> report(out, base, Message.of("check.base-cycle", chain.name()), Message.of("check.base-cycle.hint"));
            case BASE_HAS_ERRORS -> report(out, base, Message.of("check.base-has-errors", chain.name()),
                    Message.of("check.base-has-errors.hint", plansById.get(chain.name()).path()));
            case RESOLVED -> {
            }
        }
    }

    private void checkAsItReads(Checked file, Chain chain, Findings out) {
        Text base = baseOf(file);
        if (!file.held().hasPlan()) {
            return;
        }
        if (chain.state() != State.RESOLVED) {
            Plan own = this.own.get(file.path()).plan();
            // Only what follows from the plan itself: references to items its base would give are not reported.
            Checker.check(new CheckContext(own, format, file.source(), out, file.path(), true));
            return;
        }
        Plan plan = readAs(own.get(file.path()), chain.bases(), out);
        Plan basePlan = this.own.get(chain.bases().get(0).path()).plan();
        if (plan.period() != null && basePlan.period() != null
                && (plan.period().from().value() < basePlan.period().from().value()
                || plan.period().to().value() > basePlan.period().to().value())) {
            out.report(Rule.BASE_PERIOD, plan.period().span().line(), plan.period().span().column(),
                    Message.of("check.base-period", plan.period().from().value(), plan.period().to().value(),
                            base.value(), basePlan.period().from().value(), basePlan.period().to().value()),
                    Message.of("check.base-period.hint"));
        }
        Checker.check(new CheckContext(plan, format, file.source(), out, file.path(), false));
    }

    /** The base's file when one lies near (the command must name it), else a near id. */
    private Message missingHint(Checked file, Text base) {
        List<String> names = new ArrayList<>();
        format.plan().suffixes().forEach(s -> names.add(base.value() + s));
        String found = plan.format.Ids.isValid(base.value()) ? locator.fileNear(file.path(), names) : null;
        if (found != null) {
            return Message.of("check.base-not-given.hint", file.path(), found);
        }
        List<String> plans = plansById.entrySet().stream().filter(e -> Kind.PLAN.equals(e.getValue().facts().kind()))
                .map(Map.Entry::getKey).sorted().toList();
        String near = plan.diag.Suggest.closest(base.value(), plans);
        return near != null ? Message.of("hint.did-you-mean", near) : Message.of("check.add-plan.hint", base.value());
    }

    private void report(Findings out, Text at, Message message, Message hint) {
        out.report(rule(), at.span().line(), at.span().column(), message, hint);
    }
}
