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

    private final PlanLoader loader;
    private final Format format;
    private final Policy policy;
    /** By path, in the order files were first given: the first of two clashing plans keeps its id. */
    private final Map<String, Checked> files = new LinkedHashMap<>();

    public Workspace(Limits limits, Format format, Policy policy) {
        this(limits, format, policy, Locator.NONE);
    }

    /** @param locator finds a file the run was not given, to name it in a hint (the CLI looks on disk) */
    public Workspace(Limits limits, Format format, Policy policy, Locator locator) {
        this.loader = new PlanLoader(limits);
        this.format = format;
        this.policy = policy;
        this.cross = List.of(new PlanIdClashCheck(), new AlignmentRefCheck(format, locator));
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
        List<Checked> done = (inputs.size() == 1 ? inputs.stream() : inputs.parallelStream()).map(this::checkOne).toList();
        synchronized (this) {
            done.forEach(c -> files.put(c.path(), c));
            return reports();
        }
    }

    /** Every file's report, the rules across files run over the workspace as it is now. */
    public synchronized List<FileReport> reports() {
        List<Checked> all = List.copyOf(files.values());
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
            if (across.isEmpty()) {
                diagnostics = new ArrayList<>(policy.apply(file.path(), file.plan(), own));
            } else {
                own.addAll(across);
                own.sort(Findings.BY_POSITION);
                diagnostics = new ArrayList<>(policy.apply(file.path(), file.plan(), own));
            }
            diagnostics.addAll(firm.get(file.path()).sorted());
            out.add(new FileReport(file.path(), file.source(), file.plan(), file.framework(), diagnostics));
        }
        return out;
    }

    private static Map<String, Findings> findingsOf(List<Checked> files) {
        Map<String, Findings> out = new LinkedHashMap<>();
        files.forEach(f -> out.put(f.path(), new Findings(f.path())));
        return out;
    }

    /** load -> bind -> check of one file, its own findings in position order (before any policy). */
    private Checked checkOne(Input input) {
        Findings findings = new Findings(input.path());
        Loaded loaded = input.file() != null ? loader.load(input.file(), findings) : loader.load(input.bytes(), findings);
        FileKind kind = format.kindOf(input.fileName());
        if (kind == null) {
            kind = format.plan(); // a file named by the user is read as a plan whatever its name
        }
        Plan plan = null;
        Framework framework = null;
        if (!findings.hasErrors() && kind.equals(format.framework())) {
            framework = FrameworkBinder.bind(loaded.root(), kind.defaultId(input.fileName()), findings, format);
            FrameworkChecker.check(framework, format, findings);
        } else if (!findings.hasErrors()) {
            plan = PlanBinder.bind(loaded.root(), kind.defaultId(input.fileName()), findings, format);
            Checker.check(new CheckContext(plan, format, loaded.source(), findings));
        }
        return new Checked(input.path(), kind, loaded.source(), plan, framework, findings.sorted());
    }
}
