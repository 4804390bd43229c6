package plan.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.bind.FrameworkBinder;
import plan.bind.PlanBinder;
import plan.check.CheckContext;
import plan.check.Checker;
import plan.check.FrameworkChecker;
import plan.diag.Diagnostic;
import plan.diag.Findings;
import plan.format.FileKind;
import plan.format.Format;
import plan.load.Limits;
import plan.load.Loaded;
import plan.load.PlanLoader;
import plan.model.Framework;
import plan.model.Plan;

/**
 * The files of one run, checked: each file on its own (load, bind, check, its policy), then the
 * rules across files. A file checked again replaces its earlier version, so a long-lived
 * workspace (a preview server) stays current. Thread-safe; files are checked in parallel.
 */
public final class Workspace {
    private final List<CrossCheck> cross;
    /** The plans that continue a base, read with what they inherit (see {@link Bases}). */
    private final Bases bases;

    private final PlanLoader loader;
    private final Format format;
    private final Policy policy;
    /** The workspace's recently used models: those of weakly held files kept from the collector. */
    private final RecentModels recent = new RecentModels();
    /** Each file's own result as the memo remembers it: the caching beside this pipeline. */
    private final RememberedChecks remembered;
    /** By path, in the order files were first given: the first of two clashing plans keeps its id. */
    private final Map<String, Checked> files = new LinkedHashMap<>();

    public Workspace(Limits limits, Format format, Policy policy) {
        this(limits, format, policy, Locator.NONE);
    }

    /** @param locator finds a file the run was not given, to name it in a hint (the CLI looks on disk) */
    public Workspace(Limits limits, Format format, Policy policy, Locator locator) {
        this(limits, format, policy, locator, ResultMemory.NONE, "");
    }

    /**
     * @param memo     remembers each file's own result, so that an unchanged file is not checked again
     * @param identity what else the results depend on: the tool's version and code (a changed rule
     *                 must not meet a result remembered by the old one)
     */
    public Workspace(Limits limits, Format format, Policy policy, Locator locator, ResultMemory memo, String identity) {
        this.loader = new PlanLoader(limits);
        this.format = format;
        this.policy = policy;
        this.remembered = new RememberedChecks(memo, identity, limits, format, recent, this::check);
        this.bases = new Bases(format, locator, policy, recent);
        this.cross = List.of(new PlanIdClashCheck(), new AlignmentRefCheck(format, locator), new ParentCycleCheck(),
                bases.named(), bases);
    }

    /** A workspace with the standard format and the rules' default severities. */
    public Workspace(Limits limits) {
        this(limits, Format.STANDARD, Policy.AS_FOUND);
    }

    /** Checks a file held in memory within this workspace; returns its report (findings across files included). */
    public FileReport check(byte[] bytes, String path) {
        return checkAll(List.of(Input.ofBytes(bytes, path))).stream()
                .filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }

    /** Checks every input (in parallel) and returns the report of every file of the workspace, in order. */
    public List<FileReport> checkAll(List<Input> inputs) {
        // One file (an editor buffer, a fuzz input) is checked on the calling thread.
        List<Checked> done = (inputs.size() == 1 ? inputs.stream() : inputs.parallelStream()).map(remembered::checkOne).toList();
        synchronized (this) {
            done.forEach(c -> files.put(c.path(), c));
            return reports();
        }
    }

    /** Every file's report, the rules across files run over the workspace as it is now. */
    public synchronized List<FileReport> reports() {
        List<Checked> all = bases.resolve(List.copyOf(files.values()));
        Map<String, Findings> softened = findingsOf(all);
        Map<String, Findings> firm = findingsOf(all);
        for (CrossCheck check : cross) {
            check.check(all, check.policyApplies() ? softened : firm);
        }
        List<FileReport> out = new ArrayList<>(all.size());
        for (Checked file : all) {
            List<Diagnostic> own = new ArrayList<>(file.found());
            List<Diagnostic> across = softened.get(file.path()).sorted();
            List<Diagnostic> diagnostics;
            if (own.isEmpty() && across.isEmpty()) {
                // Nothing for the policy to weigh: the model (for the plan's waivers) is not needed.
                diagnostics = new ArrayList<>();
            } else if (across.isEmpty()) {
                diagnostics = new ArrayList<>(policy.apply(file.path(), file.facts().waivers(), own));
            } else {
                own.addAll(across);
                own.sort(Findings.BY_POSITION);
                diagnostics = new ArrayList<>(policy.apply(file.path(), file.facts().waivers(), own));
            }
            List<Diagnostic> unwaivable = firm.get(file.path()).sorted();
            if (!unwaivable.isEmpty()) {
                // Among the rest, by position: a file's findings are listed in the order of its lines.
                diagnostics.addAll(unwaivable);
                diagnostics.sort(Findings.BY_POSITION);
            }
            out.add(new FileReport(file.path(), file.held(), diagnostics, file.facts(), file.contentHash()));
        }
        return out;
    }

    private static Map<String, Findings> findingsOf(List<Checked> files) {
        Map<String, Findings> out = new LinkedHashMap<>();
        files.forEach(f -> out.put(f.path(), new Findings(f.path())));
        return out;
    }

    /**
     * True when checking {@code input} would check it afresh: no result is remembered for its
     * bytes as they are now (it changed, or is new), or there is no memo. A file that looks as
     * it did when hashed is not read; another is read and hashed, not checked.
     */
    public boolean changed(Input input) {
        return remembered.changed(input);
    }

    static FileKind kindOf(Format format, Input input) {
        FileKind kind = format.kindOf(input.fileName());
        return kind == null ? format.plan() : kind; // a file named by the user is read as a plan whatever its name
    }

    /**
     * load -> bind -> check of one file, its own findings in position order (before any policy).
     *
     * @param contentHash the hash of {@code bytes}, or null
     */
    private Checked check(Input input, byte[] bytes, String contentHash) {
        Findings findings = new Findings(input.path());
        Loaded loaded = bytes != null ? loader.load(bytes, findings)
                : input.file() != null ? loader.load(input.file(), findings) : loader.load(input.bytes(), findings);
        FileKind kind = kindOf(format, input);
        Plan plan = null;
        Framework framework = null;
        String logoLook = "";
        if (!findings.hasErrors() && kind.equals(format.framework())) {
            framework = FrameworkBinder.bind(loaded.root(), kind.defaultId(input.fileName()), findings, format);
            FrameworkChecker.check(framework, format, findings);
        } else if (!findings.hasErrors()) {
            plan = PlanBinder.bind(loaded.root(), kind.defaultId(input.fileName()), findings, format);
            // Before the logo is read: a write meanwhile makes the remembered look stale, not wrong.
            logoLook = CrossFileFacts.logoLook(plan);
            // A plan with a base is checked as it reads, with what it inherits, across files (see Bases).
            if (plan != null && plan.tree().text(Format.BASE) == null) {
                Checker.check(new CheckContext(plan, format, loaded.source(), findings));
            }
        }
        return new Checked(input.path(), kind, ReloadableModel.of(loaded.source(), plan, framework), findings.sorted(),
                CrossFileFacts.of(format, plan, framework, logoLook), contentHash);
    }
}
