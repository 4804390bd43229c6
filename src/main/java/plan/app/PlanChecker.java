package plan.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.bind.PlanBinder;
import plan.check.CheckContext;
import plan.check.Checker;
import plan.diag.Diagnostic;
import plan.diag.Findings;
import plan.diag.Source;
import plan.load.Limits;
import plan.load.Loaded;
import plan.load.PlanLoader;
import plan.model.Plan;

/** load -> bind -> check for one file; thread-safe, so files can be checked in parallel. */
public final class PlanChecker {
    private final PlanLoader loader;
    private final Configs configs = new Configs();

    public PlanChecker(Limits limits) {
        this.loader = new PlanLoader(limits);
    }

    public CheckedPlan check(PlanFile file) {
        Findings findings = new Findings(file.displayPath());
        Loaded loaded = loader.load(file.path(), findings);
        Plan plan = null;
        if (!findings.hasErrors()) {
            plan = PlanBinder.bind(loaded.root(), file.defaultId(), findings);
            Checker.check(new CheckContext(plan, loaded.source(), findings));
        }
        Configs.Found config = configs.governing(file.path());
        List<Diagnostic> diagnostics = new ArrayList<>(SeverityPolicy.apply(findings.sorted(), config.config(), plan));
        return new CheckedPlan(file, loaded.source(), plan, config.config(), diagnostics);
    }

    /** Every plan of the list, in parallel, with the problems of the configuration files found. */
    public CheckReport checkAll(List<PlanFile> files) {
        List<CheckedPlan> plans = OutputNames.clashesReported(files.parallelStream().map(this::check).toList());
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
