package plan.app.check;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import plan.bind.ResultsBinder;
import plan.check.ResultsCheck;
import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;
import plan.format.FileKind;
import plan.format.Format;
import plan.load.Limits;
import plan.load.Loaded;
import plan.load.PlanLoader;
import plan.model.Plan;
import plan.model.Results;
import plan.model.Span;

/**
 * load -> bind -> check of results files, after the plans they report on were checked: each file
 * on its own and against its plan (found by id among the plans given). A results file's problems
 * stop its own report only, never its plan's documents.
 */
final class ResultsChecker {
    private ResultsChecker() {
    }

    /** Whether {@code file} is a results file, by its name. */
    static boolean isResults(PlanFile file) {
        return Format.STANDARD.results().equals(Format.STANDARD.kindOf(file.path().getFileName().toString()));
    }

    /**
     * @param plans the checked plans of the run, in order
     * @param configs each folder's configuration, for the rules' severities
     */
    static List<CheckedResults> check(List<PlanFile> files, List<CheckedPlan> plans, Limits limits, Configs configs) {
        // By id, without their models: a plan's model is asked for only when results name it.
        Map<String, CheckedPlan> byId = new HashMap<>();
        for (CheckedPlan p : plans) {
            if (p.id() != null) {
                byId.putIfAbsent(p.id(), p);
            }
        }
        Map<String, String> taken = new HashMap<>();
        plans.stream().filter(p -> p.id() != null).forEach(p -> taken.putIfAbsent(p.id(), p.file().displayPath()));
        List<CheckedResults> out = new ArrayList<>();
        FileKind kind = Format.STANDARD.results();
        PlanLoader loader = new PlanLoader(limits);
        for (PlanFile file : files) {
            Findings findings = new Findings(file.displayPath());
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file.path());
            } catch (IOException e) {
                findings.report(Rule.YAML_SYNTAX, 1, 1, Message.of("load.unreadable", e.getMessage()), null);
                out.add(new CheckedResults(file, null, null, findings.sorted(), null));
                continue;
            }
            Loaded loaded = loader.load(bytes, findings);
            Results results = null;
            if (!findings.hasErrors()) {
                results = ResultsBinder.bind(loaded.root(), kind.defaultId(file.path().getFileName().toString()),
                        findings, Format.STANDARD);
            }
            if (results != null) {
                CheckedPlan named = results.plan() == null ? null : byId.get(results.plan().value());
                Plan plan = named == null ? null : named.plan();
                if (results.plan() != null && plan == null) {
                    Span at = results.plan().span();
                    findings.report(Rule.UNRESOLVED_REF, at.line(), at.column(),
                            Message.of("check.results-plan-unknown", results.plan().value()),
                            Message.of("check.results-plan-unknown.hint", results.plan().value()));
                }
                ResultsCheck.check(results, plan, findings);
                String clash = taken.putIfAbsent(results.id().value(), file.displayPath());
                if (clash != null) {
                    Span at = results.id().span().isKnown() ? results.id().span() : new Span(file.displayPath(), 1, 1);
                    findings.report(Rule.DUPLICATE_ID, at.line(), at.column(),
                            Message.of("check.results-id-taken", results.id().value(), clash), null);
                }
            }
            out.add(new CheckedResults(file, loaded.source(), results,
                    SeverityPolicy.apply(findings.sorted(), configs.governing(file.path()).config(), List.of()),
                    sha256(bytes)));
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
