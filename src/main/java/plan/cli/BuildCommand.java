package plan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import plan.app.Build;
import plan.app.BuildChecker;
import plan.app.BuildFailure;
import plan.app.BuildOptions;
import plan.app.BuildResult;
import plan.app.WarmUp;
import plan.app.check.CheckReport;
import plan.app.check.PlanChecker;
import plan.app.check.PlanFile;
import plan.app.check.PlanFiles;
import plan.app.shard.Shard;
import plan.cache.CheckCache;
import plan.diag.Diagnostic;
import plan.diag.Message;
import plan.load.Limits;
import plan.render.pdf.tagged.PdfStandard;
import plan.render.site.OutputFormat;

/** {@code plan build PATH... [--out DIR] [--format md,html,pdf]}: check, then render what passed. */
@Command(name = "build", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReportOptions report = new ReportOptions();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site")
    Path out;

    @Option(names = "--format", paramLabel = "FORMATS", split = ",", defaultValue = OutputFormat.DEFAULT,
            converter = FormatConverter.class)
    List<OutputFormat> formats;

    @Option(names = "--diagnostics", paramLabel = "FORMAT", defaultValue = "text")
    ReportOptions.Format diagnostics;

    @Option(names = "--templates", paramLabel = "DIR")
    Path templates;

    @Option(names = "--thai-digits")
    boolean thaiDigits;

    @Option(names = "--font", paramLabel = "FONT", converter = FontArgument.class)
    String font;

    @Option(names = "--pdf-standard", paramLabel = "STANDARD", defaultValue = "ua2-a4", converter = PdfStandardConverter.class)
    PdfStandard pdfStandard;

    @Option(names = "--no-check-status")
    boolean noCheckStatus;

    @Option(names = "--style", paramLabel = "STYLE", converter = StyleConverter.class)
    plan.model.Style style;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--shard", paramLabel = "K/N", converter = ShardConverter.class)
    Shard shard;

    @Parameters(arity = "1..*", paramLabel = "PATH", converter = PathArguments.NonBlankText.class)
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        // Check results are remembered beside the output: a rebuild checks only the files that changed.
        CheckCache cache = CheckCache.ofBuild(out, PlanCommand.Version.number());
        List<PlanFile> files = PlanFiles.find(paths, w -> err.println("plan: " + plan.diag.Printable.of(report.messages().format(w))));
        BuildOptions options = new BuildOptions(out, EnumSet.copyOf(formats), templates, thaiDigits, font, force,
                pdfStandard, !noCheckStatus, style);
        // A change is likely to be rendered: ready the renderer while the files are checked.
        PlanChecker checker = BuildChecker.of(Limits.DEFAULT, cache);
        WarmUp warm = shard == null ? WarmUp.start(options, files, checker, PlanCommand.Version.number()) : null;
        CheckReport checked = checker.checkAll(files);
        // Text shows the plans' findings before the long part; the machine formats print one
        // document at the end, with a template failure among the findings.
        boolean text = diagnostics == ReportOptions.Format.text;
        // A shard renders, reports and fails on its own plans: across a matrix each finding shows once.
        CheckReport shown = shard == null ? checked : shard.share(checked);
        if (text) {
            report.print(shown, diagnostics, err);
        }
        Progress progress = new Progress(err, shown.plans().size());
        BuildResult result = null;
        BuildFailure failure = null;
        try {
            result = shard == null ? Build.run(checked, options, warm, PlanCommand.Version.number(), progress::update)
                    : Build.run(checked, options, shard, PlanCommand.Version.number(), progress::update);
        } catch (BuildFailure e) {
            failure = e;
        }
        progress.done();
        if (cache != null) {
            if (failure == null) {
                cache.keepOnlyUsed();
            }
            cache.save();
        }
        List<Diagnostic> more = failure == null || failure.diagnostic() == null ? List.of() : List.of(failure.diagnostic());
        if (text) {
            report.printMore(more, err);
        } else {
            report.print(shown, more, diagnostics, err);
        }
        if (failure != null) {
            if (failure.diagnostic() == null) {
                err.println("plan: " + plan.diag.Printable.lines(failure.message(report.messages())));
            }
            return exitCode(failure);
        }
        result.warnings().forEach(w -> err.println("plan: " + plan.diag.Printable.of(report.messages().format(w))));
        plan.diag.Messages words = report.messages();
        err.println(words.format(Message.of("cli.built", result.rendered(), out))
                + (shard == null ? "" : words.format(Message.of("cli.built.shard", shard.toString())))
                + (result.upToDate() > 0 ? words.format(Message.of("cli.built.up-to-date", result.upToDate())) : "")
                + (result.reports() > 0 ? words.format(Message.of("cli.built.reports", result.reports())) : "")
                + (result.notRendered() > 0 ? words.format(Message.of("cli.built.not-rendered", result.notRendered())) : ""));
        return shown.hasErrors() ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
    }

    /** A value read by a parse method that refuses with IllegalArgumentException: {@code why} becomes the usage error. */
    private abstract static class Parsed<T> implements picocli.CommandLine.ITypeConverter<T> {
        private final java.util.function.Function<String, T> parse;
        private final Message why;

        Parsed(java.util.function.Function<String, T> parse, Message why) {
            this.parse = parse;
            this.why = why;
        }

        @Override
        public T convert(String value) {
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                throw new UsageProblem.BadValue(why);
            }
        }
    }

    /** "K/N", e.g. 2/4. */
    static final class ShardConverter extends Parsed<Shard> {
        ShardConverter() {
            super(Shard::parse, Message.of("cli.usage.shard", Shard.MAX_COUNT));
        }
    }

    /** A broken template is input (1); an unusable option, usage (2); a refused write, as a failure (3). */
    private static int exitCode(BuildFailure failure) {
        return switch (failure.kind()) {
            case INPUT -> ExitCodes.INPUT_ERRORS;
            case USAGE -> ExitCodes.USAGE;
            // An output the file system refuses is the same usage error in every command (see ExitCodes).
            case ENVIRONMENT -> ExitCodes.USAGE;
        };
    }

    /** "ua2-a4" or "none". */
    static final class PdfStandardConverter extends Parsed<PdfStandard> {
        PdfStandardConverter() {
            super(PdfStandard::of, Message.of("cli.usage.one-of",
                    String.join(", ", java.util.Arrays.stream(PdfStandard.values()).map(PdfStandard::id).toList())));
        }
    }

    /** "official" or "modern". */
    static final class StyleConverter extends Parsed<plan.model.Style> {
        StyleConverter() {
            super(word -> {
                plan.model.Style style = plan.model.Style.of(word);
                if (style == null) {
                    throw new IllegalArgumentException(word);
                }
                return style;
            }, Message.of("cli.usage.one-of", String.join(", ", java.util.Arrays.stream(plan.model.Style.values())
                    .map(plan.model.Style::word).toList())));
        }
    }

    /** An {@link OutputFormat}'s extension, in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat f : OutputFormat.values()) {
                if (f.extension().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
            throw new UsageProblem.BadValue(Message.of("cli.usage.one-of", OutputFormat.list().replace(",", ", ")));
        }
    }
}
