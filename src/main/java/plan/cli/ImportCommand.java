package plan.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import plan.app.check.CheckedPlan;
import plan.app.check.PlanChecker;
import plan.app.check.PlanFile;
import plan.app.check.UsageException;
import plan.diag.Diagnostic;
import plan.diag.Message;
import plan.diag.Messages;
import plan.diag.Severity;
import plan.importer.ImportFailure;
import plan.importer.Importer;
import plan.importer.SourceReader;
import plan.load.Limits;

/** {@code plan import FILE}: a draft plan file from a Word or text document, and what to confirm. */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path source;

    @Option(names = "--out", paramLabel = "FILE.plan.yaml")
    Path out;

    @Option(names = "--force")
    boolean force;

    @picocli.CommandLine.Mixin
    ReportOptions report = new ReportOptions();
    @Option(names = "--base", paramLabel = "ID|FILE", converter = PathArguments.NonBlankText.class)
    String base;

    @Override
    public Integer call() throws Exception {
        String ext = source.getFileName().toString().replaceFirst("^.*\\.", "").toLowerCase(java.util.Locale.ROOT);
        if (Files.isDirectory(source)) {
            throw new UsageException(plan.diag.Message.of("cli.refused.import-folder", source));
        }
        if (!Files.isRegularFile(source)) {
            throw new UsageException(plan.diag.Message.of("cli.refused.import-missing", source));
        }
        if (!SourceReader.EXTENSIONS.contains(ext) && !SourceReader.REFUSED_EXTENSIONS.contains(ext)) {
            throw new UsageException(plan.diag.Message.of("cli.refused.import-kind", source));
        }
        Path target = out != null ? out : Importer.defaultTarget(source);
        if (!PlanFile.isPlanFileName(target.getFileName().toString())) {
            throw new UsageException(plan.diag.Message.of("cli.refused.import-name", target));
        }
        PrintWriter err = spec.commandLine().getErr();
        Importer.Result result;
        try {
            result = Importer.importFile(source, target, force, base, report.messages());
        } catch (ImportFailure e) {
            err.println("plan: " + (e.output() ? "" : source + ": ") + e.message(report.messages()));
            return e.output() ? ExitCodes.USAGE : ExitCodes.INPUT_ERRORS;
        }
        summary(result, spec.commandLine().getOut(), err);
        return ExitCodes.OK;
    }

    /** "5 missions" in the reader's language; a count the bundles do not word yet, as the importer names it. */
    private static String count(Messages words, String kind, int n) {
        String key = "cli.import.count." + kind.replace(' ', '-');
        return words.word(key).equals(key) ? n + " " + kind : words.format(Message.of(key, n));
    }

    /**
     * The written draft as {@code plan check} finds it: with the plan it continues beside it, so that
     * its {@code base} and what it inherits resolve as they will when both are built.
     */
    private static CheckedPlan checkedDraft(Importer.Result result) {
        PlanFile draft = new PlanFile(result.written(), result.written().toString());
        if (result.baseFiles().isEmpty()) {
            return new PlanChecker(Limits.DEFAULT).check(draft);
        }
        List<PlanFile> all = new ArrayList<>(List.of(draft));
        result.baseFiles().forEach(f -> all.add(new PlanFile(f, f.toString())));
        return new PlanChecker(Limits.DEFAULT).checkAll(all).plans().stream()
                .filter(p -> p.file().path().equals(result.written())).findFirst().orElseThrow();
    }

    private void summary(Importer.Result result, PrintWriter o, PrintWriter err) {
        Messages words = report.messages();
        o.println(words.format(Message.of("cli.import.wrote", result.written())));
        StringBuilder found = new StringBuilder();
        result.draft().counts().forEach((k, v) -> found.append(found.length() == 0 ? "" : ", ")
                .append(count(words, k, v)));
        o.println(words.format(Message.of("cli.import.recognized", found)));
        if (result.draft().nothingRecognized()) {
            err.println(words.format(Message.of("cli.import.nothing", source)));
        }
        List<Message> confirm = result.draft().confirm();
        if (!confirm.isEmpty()) {
            o.println(words.format(Message.of("cli.import.confirm")));
            confirm.forEach(c -> o.println("    - " + words.format(c)));
        }
        Map<String, Integer> errors = new TreeMap<>();
        for (Diagnostic d : checkedDraft(result).diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                errors.merge(d.rule(), 1, Integer::sum);
            }
        }
        if (errors.isEmpty()) {
            o.println(words.format(Message.of("cli.import.clean")));
        } else {
            StringBuilder s = new StringBuilder();
            errors.forEach((rule, n) -> s.append(s.length() == 0 ? "" : ", ").append(rule).append(" ×").append(n));
            o.println(words.format(Message.of("cli.import.errors", errors.values().stream().mapToInt(Integer::intValue).sum(),
                    s, result.written())));
        }
    }
}
