package plan.app.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import plan.cache.CheckCache;
import plan.diag.Diagnostic;
import plan.diag.Source;
import plan.format.Format;
import plan.load.Limits;
import plan.cache.CheckMemo;
import plan.workspace.FileReport;
import plan.workspace.Input;
import plan.workspace.Workspace;

/**
 * {@code check} over files on disk: a workspace of the files given, each governed by its folder's
 * {@code plan.config.yaml} and its own waivers. Thread-safe.
 */
public final class PlanChecker {
    private final Limits limits;
    private final Configs configs = new Configs();
    private final CheckMemo memo;
    private final String identity;
    /** What {@link #checkAgain} keeps between calls: the workspace, and the files it holds by display path. */
    private Workspace kept;
    private Map<String, PlanFile> keptFiles;

    public PlanChecker(Limits limits) {
        this(limits, CheckMemo.NONE, "");
    }

    /** A checker that remembers each file's own result in {@code cache} (none when null). */
    public PlanChecker(Limits limits, CheckCache cache) {
        this(limits, cache == null ? CheckMemo.NONE : cache, cache == null ? "" : cache.identity());
    }

    /**
     * @param memo     remembers each file's own result: an unchanged file is not checked again
     * @param identity the tool's identity in the memo's keys
     */
    public PlanChecker(Limits limits, CheckMemo memo, String identity) {
        this.limits = limits;
        this.memo = memo;
        this.identity = identity;
    }

    /** One file on its own (a workspace of one). */
    public CheckedPlan check(PlanFile file) {
        return checkAll(List.of(file)).plans().get(0);
    }

    /** Every plan of the list, in parallel, with the problems of the configuration files found. */
    public CheckReport checkAll(List<PlanFile> files) {
        List<PlanFile> results = files.stream().filter(ResultsChecker::isResults).toList();
        files = files.stream().filter(f -> !ResultsChecker.isResults(f)).toList();
        Map<String, PlanFile> byPath = byPath(files);
        return report(byPath, workspace(byPath).checkAll(inputs(files)), results);
    }

    /**
     * Like {@link #checkAll}, for a checker that lives on (a preview server): when {@code files}
     * are the files of its last call, only those in {@code changed} are read and checked again,
     * in the workspace kept since, and the rules across files run over all of them as always
     * (a framework saved still finds the plans that align with it); when the files differ
     * (added, deleted, renamed), all are checked afresh. A checker reads each folder's
     * {@code plan.config.yaml} once: after those change, use a new checker.
     */
    public synchronized CheckReport checkAgain(List<PlanFile> files, Set<Path> changed) {
        List<PlanFile> results = files.stream().filter(ResultsChecker::isResults).toList();
        files = files.stream().filter(f -> !ResultsChecker.isResults(f)).toList();
        Map<String, PlanFile> byPath = byPath(files);
        if (kept == null || !byPath.equals(keptFiles)) {
            kept = workspace(byPath);
            keptFiles = byPath;
            return report(byPath, kept.checkAll(inputs(files)), results);
        }
        List<PlanFile> again = files.stream().filter(f -> changed.contains(f.path().toAbsolutePath().normalize())).toList();
        return report(byPath, again.isEmpty() ? kept.reports() : kept.checkAll(inputs(again)), results);
    }

    /** What a run would find changed among its files, before it checks them. */
    public enum Changed {
        /** Every file would be recalled. */
        NOTHING,
        /** A results file looks changed (the plans were not asked: see {@link #changed}). */
        RESULTS,
        /** A plan, framework or project file would be checked afresh, and no results file. */
        PLANS
    }

    /**
     * What changed among {@code files}, to ready the renderer: the results files by their looks
     * alone ({@link RecalledResults#looksChanged}), then the plans, frameworks and project files,
     * which would be checked afresh (see {@link Workspace#changed}): those whose bytes are not
     * those of a remembered result (only the files that look changed are read). The results files
     * are asked first, and when one changed the plans are not asked at all: a thousand plans'
     * looks cost a tenth of a second that a change to results files alone (the common one in the
     * reporting months) does not need.
     */
    public Changed changed(List<PlanFile> files) {
        List<PlanFile> results = files.stream().filter(ResultsChecker::isResults).toList();
        if ((results.size() > 1 ? results.parallelStream() : results.stream())
                .anyMatch(f -> RecalledResults.looksChanged(f, memo))) {
            return Changed.RESULTS;
        }
        List<PlanFile> plans = files.stream().filter(f -> !ResultsChecker.isResults(f)).toList();
        Workspace workspace = workspace(byPath(plans));
        List<Input> inputs = inputs(plans);
        return (inputs.size() > 1 ? inputs.parallelStream() : inputs.stream()).anyMatch(workspace::changed)
                ? Changed.PLANS : Changed.NOTHING;
    }

    private static Map<String, PlanFile> byPath(List<PlanFile> files) {
        Map<String, PlanFile> byPath = new HashMap<>();
        files.forEach(f -> byPath.put(f.displayPath(), f));
        return byPath;
    }

    private Workspace workspace(Map<String, PlanFile> byPath) {
        return new Workspace(limits, Format.STANDARD, (path, waivers, found) ->
                SeverityPolicy.apply(found, configs.governing(byPath.get(path).path()).config(), waivers),
                new NearbyFiles(), memo, identity);
    }

    private static List<Input> inputs(List<PlanFile> files) {
        return files.stream().map(f -> Input.ofFile(f.path(), f.displayPath())).toList();
    }

    /**
     * The workspace's reports as plans and frameworks, with the configuration files' own problems,
     * and the results files checked against those plans.
     */
    private CheckReport report(Map<String, PlanFile> byPath, List<FileReport> reports, List<PlanFile> resultFiles) {
        List<CheckedFramework> frameworks = new ArrayList<>();
        List<CheckedPlan> plans = new ArrayList<>();
        for (FileReport r : reports) {
            PlanFile file = byPath.get(r.path());
            if (Format.STANDARD.framework().equals(Format.STANDARD.kindOf(file.path().getFileName().toString()))) {
                frameworks.add(new CheckedFramework(file, r.source(), r.framework(), r.diagnostics(), r.contentHash()));
            } else {
                plans.add(new CheckedPlan(file, r.held(), configs.governing(file.path()).config(),
                        r.diagnostics(), r.facts(), r.contentHash()));
            }
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        List<Diagnostic> all = new ArrayList<>();
        // Configs hands out one Found a folder: told apart by identity, not by hashing whole configurations.
        Set<Configs.Found> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        plans.stream().map(p -> configs.governing(p.file().path())).filter(seen::add).forEach(found -> {
            if (found.source() != null) {
                sources.put(found.source().path(), found.source());
            }
            all.addAll(found.diagnostics());
        });
        Map<String, FileReport> withFindings = new LinkedHashMap<>();
        for (FileReport r : reports) {
            // Printers show the lines of findings only: the texts of clean files are not asked for.
            if (!r.diagnostics().isEmpty()) {
                withFindings.put(r.path(), r);
            }
            all.addAll(r.diagnostics());
        }
        List<CheckedResults> results = ResultsChecker.check(resultFiles, plans, limits, configs, memo, identity);
        for (CheckedResults r : results) {
            if (!r.diagnostics().isEmpty() && r.findingsSource() != null) {
                sources.put(r.file().displayPath(), r.findingsSource());
            }
            all.addAll(r.diagnostics());
        }
        return new CheckReport(plans, frameworks, results, all, new Sources(sources, withFindings));
    }

    /**
     * The texts of the files with findings, each taken from its report only when a printer asks
     * (a text held weakly is made again then): a report of ten thousand plans does not keep
     * thousands of texts alive.
     */
    static final class Sources extends java.util.AbstractMap<String, Source> {
        private final Map<String, Source> configs;
        private final Map<String, FileReport> files;

        Sources(Map<String, Source> configs, Map<String, FileReport> files) {
            this.configs = Map.copyOf(configs);
            this.files = java.util.Collections.unmodifiableMap(files);
        }

        @Override
        public Source get(Object path) {
            Source config = configs.get(path);
            if (config != null) {
                return config;
            }
            FileReport r = files.get(path);
            return r == null ? null : r.held().sourceFor(r.diagnostics().stream().map(d -> d.line()).toList());
        }

        @Override
        public boolean containsKey(Object path) {
            return configs.containsKey(path) || files.containsKey(path);
        }

        @Override
        public java.util.Set<Map.Entry<String, Source>> entrySet() {
            Map<String, Source> all = new LinkedHashMap<>(configs);
            files.forEach((path, r) -> all.put(path, r.source()));
            return java.util.Collections.unmodifiableSet(all.entrySet());
        }
    }
}
