package plan.app.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import plan.bind.ResultsBinder;
import plan.check.ResultsCheck;
import plan.diag.Diagnostic;
import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;
import plan.diag.Severity;
import plan.format.Alignments;
import plan.format.BaseChain;
import plan.format.FileKind;
import plan.format.Format;
import plan.load.Limits;
import plan.load.Loaded;
import plan.load.PlanLoader;
import plan.model.Plan;
import plan.model.Results;
import plan.model.Span;
import plan.cache.CheckMemo;
import plan.cache.FindingsCodec;

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
        return check(files, plans, limits, configs, CheckMemo.NONE, "");
    }

    /**
     * As above, remembering in {@code memo} each file's result without errors against its plan (the plans
     * of its base chain by their bytes), all of them in one entry ({@link RememberedResults}): an
     * unchanged results file of an unchanged plan is neither read, loaded, bound nor checked again
     * (its bytes are known by its look, as a plan file's are), and its plan's model is not made for it.
     *
     * @param identity the tool's identity in the memo's keys
     */
    static List<CheckedResults> check(List<PlanFile> files, List<CheckedPlan> plans, Limits limits, Configs configs,
                                      CheckMemo memo, String identity) {
        if (files.isEmpty()) {
            return List.of(); // and nothing remembered of results is read
        }
        // By id, without their models: a plan's model is asked for only when results name it.
        Map<String, CheckedPlan> byId = new HashMap<>();
        for (CheckedPlan p : plans) {
            if (p.id() != null) {
                byId.putIfAbsent(p.id(), p);
            }
        }
        // Keyed by the name a file gets (Format.siteName): on Windows and macOS Two.html is two.html.
        Map<String, String> taken = new HashMap<>();
        plans.stream().filter(p -> p.id() != null)
                .forEach(p -> taken.putIfAbsent(Format.siteName(p.id()), p.file().displayPath()));
        List<CheckedResults> out = new ArrayList<>();
        FileKind kind = Format.STANDARD.results();
        PlanLoader loader = new PlanLoader(limits);
        // Each file's hash and remembered result first, in parallel: in a rebuild of many plans
        // nearly every results file is recalled, most without being read (see RecalledResults),
        // all from one entry of the memo.
        RememberedResults cleanFiles = RememberedResults.recall(memo, identity);
        RecalledResults.Keys keys = new RecalledResults.Keys(identity, limits);
        List<RecalledResults> looked = (files.size() > 1 ? files.parallelStream() : files.stream())
                .map(f -> RecalledResults.of(f, memo, cleanFiles, keys, limits, byId)).toList();
        for (RecalledResults one : looked) {
            PlanFile file = one.file();
            Findings findings = new Findings(file.displayPath());
            CheckedResults recalled = one.recalled();
            if (recalled != null) {
                // Without errors when remembered; the id is still checked against the other files
                // of this run, and the severities of its folder's configuration applied now.
                String clash = taken.putIfAbsent(Format.siteName(recalled.id()), file.displayPath());
                if (clash == null) {
                    out.add(recalled.diagnostics().isEmpty() ? recalled : recalled.withDiagnostics(
                            SeverityPolicy.apply(recalled.diagnostics(), configs.governing(file.path()).config(),
                                    List.of())));
                    cleanFiles.put(one.key(), one.remembered());
                    continue;
                }
                taken.remove(Format.siteName(recalled.id()), file.displayPath());
            }
            byte[] bytes;
            try {
                bytes = one.bytes() != null ? one.bytes() : Files.readAllBytes(file.path());
            } catch (IOException e) {
                findings.report(Rule.YAML_SYNTAX, 1, 1, Message.of("load.unreadable", e.getMessage()), null);
                out.add(new CheckedResults(file, null, null, findings.sorted(), null));
                continue;
            }
            // The hash of the bytes read now (a file recalled by its look alone is read only here).
            String hash = one.bytes() != null ? one.hash() : RecalledResults.sha256(bytes);
            String key = one.bytes() != null ? one.key() : keys.of(file, hash);
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
                // A plan read without its base lacks what it inherits: its results' ids would all
                // look unknown. Its own error (the base not found) says what to do; the results
                // are checked against it once it is read whole.
                ResultsCheck.check(results, plan != null && BaseChain.unresolved(plan) ? null : plan, findings);
                String clash = taken.putIfAbsent(Format.siteName(results.id().value()), file.displayPath());
                if (clash != null) {
                    Span at = results.id().span().isKnown() ? results.id().span() : new Span(file.displayPath(), 1, 1);
                    findings.report(Rule.DUPLICATE_ID, at.line(), at.column(),
                            Message.of("check.results-id-taken", results.id().value(), clash), null);
                }
            }
            List<Diagnostic> found = findings.sorted();
            CheckedResults checked = new CheckedResults(file, loaded.source(), results,
                    SeverityPolicy.apply(found, configs.governing(file.path()).config(), List.of()), hash);
            CheckedPlan named = results == null || results.plan() == null ? null : byId.get(results.plan().value());
            // Warnings and notes are the file's and its plan's alone, and remembered with it; an
            // error may be another file's doing (an id taken) and is found again in every run.
            if (found.stream().noneMatch(d -> d.severity() == Severity.ERROR) && named != null
                    && planChain(named, byId) != null) {
                String line = found.isEmpty() ? "" : FindingsCodec.encode(found, loaded.source());
                if (line != null) {
                    cleanFiles.put(key, remembered(checked, named, byId, line));
                }
            }
            out.add(checked);
        }
        cleanFiles.save();
        return out;
    }

    /**
     * What the memo keeps of a results file without errors: the plans it was checked against (its
     * plan and that plan's bases, each by its bytes), then its id, plan and day, and its findings
     * ({@link FindingsCodec}, empty when none). Nothing of the site: the
     * index's line of it is kept in the build's record, beside its report's render key.
     */
    private static String remembered(CheckedResults r, CheckedPlan plan, Map<String, CheckedPlan> byId,
                                     String findings) {
        return String.join("\n", planChain(plan, byId), r.id(), r.planId(), r.asOf(), findings);
    }

    /**
     * A plan and its chain of bases, each by the hash of its file's bytes, as one line; null when
     * a hash is not known (then nothing is remembered).
     */
    static String planChain(CheckedPlan plan, Map<String, CheckedPlan> byId) {
        StringBuilder b = new StringBuilder();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CheckedPlan p = plan; p != null && seen.add(p.id()); ) {
            if (p.contentHash() == null) {
                return null;
            }
            b.append(p.contentHash()).append(p.hasErrors() ? " errors" : "").append(';');
            Alignments a = p.facts() == null ? null : p.facts().alignments();
            p = a == null || a.base() == null ? null : byId.get(a.base().value());
        }
        return b.toString();
    }
}
