package plan.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.diag.Diagnostic;
import plan.diag.Source;
import plan.format.Format;
import plan.load.Limits;
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

    public PlanChecker(Limits limits) {
        this.limits = limits;
    }

    /** One file on its own (a workspace of one). */
    public CheckedPlan check(PlanFile file) {
        return checkAll(List.of(file)).plans().get(0);
    }

    /** Every plan of the list, in parallel, with the problems of the configuration files found. */
    public CheckReport checkAll(List<PlanFile> files) {
        Map<String, PlanFile> byPath = new HashMap<>();
        files.forEach(f -> byPath.put(f.displayPath(), f));
        Workspace workspace = new Workspace(limits, Format.STANDARD, (path, plan, found) ->
                SeverityPolicy.apply(found, configs.governing(byPath.get(path).path()).config(), plan));
        List<FileReport> reports = workspace.checkAll(files.stream()
                .map(f -> Input.ofFile(f.path(), f.displayPath())).toList());
        List<CheckedPlan> plans = reports.stream().map(r -> {
            PlanFile file = byPath.get(r.path());
            return new CheckedPlan(file, r.source(), r.plan(), configs.governing(file.path()).config(), r.diagnostics());
        }).toList();
        Map<String, Source> sources = new LinkedHashMap<>();
        List<Diagnostic> all = new ArrayList<>();
        plans.stream().map(p -> configs.governing(p.file().path())).distinct().forEach(found -> {
            if (found.source() != null) {
                sources.put(found.source().path(), found.source());
            }
            all.addAll(found.diagnostics());
        });
        for (CheckedPlan p : plans) {
            sources.put(p.file().displayPath(), p.source());
            all.addAll(p.diagnostics());
        }
        return new CheckReport(plans, all, sources);
    }
}
