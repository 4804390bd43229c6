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
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Check plans and render those without errors to Markdown, HTML and PDF, with a site index.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReportOptions report = new ReportOptions();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMATS", split = ",", defaultValue = OutputFormat.ALL,
            converter = FormatConverter.class, description = "Documents to write: md, html, pdf (default: ${DEFAULT-VALUE}).")
    List<OutputFormat> formats;

    @Option(names = "--diagnostics", paramLabel = "FORMAT", defaultValue = "text",
            description = "Diagnostics (on standard error) as text, json, sarif, github or gitlab.")
    ReportOptions.Format diagnostics;

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates that override the built-in ones, file by file.")
    Path templates;

    @Option(names = "--thai-digits", description = "Print Thai digits (๑๒๓) in the documents; sources keep Arabic ones.")
    boolean thaiDigits;

    @Option(names = "--font", paramLabel = "FONT", description = "PDF font: a font file, or a family such as \"TH Sarabun New\".")
    String font;

    @Option(names = "--pdf-standard", paramLabel = "STANDARD", defaultValue = "ua2-a4", converter = PdfStandardConverter.class,
            description = "What the PDFs conform to: ua2-a4 (PDF/UA-2 and PDF/A-4, tagged for screen readers and archives;"
                    + " the default) or none (untagged, smaller and quicker).")
    PdfStandard pdfStandard;

    @Option(names = "--no-check-status",
            description = "Leave each plan's check status out of the index: for a public site (the status is for the office's own preview).")
    boolean noCheckStatus;

    @Option(names = "--style", paramLabel = "STYLE", converter = StyleConverter.class,
            description = "The documents' look, whatever the plans say: official (Thai government plan documents) or modern.")
    plan.model.Style style;

    @Option(names = "--force", description = "Render every plan, even those whose documents are up to date.")
    boolean force;

    @Option(names = "--shard", paramLabel = "K/N", converter = ShardConverter.class,
            description = "Render only shard K of N, the plans whose id hashes to it (a CI matrix; join the shards with plan merge).")
    Shard shard;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Plan files or folders.")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        // Check results are remembered beside the output: a rebuild checks only the files that changed.
        CheckCache cache = CheckCache.ofBuild(out, PlanCommand.Version.number());
        List<PlanFile> files = PlanFiles.find(paths, w -> err.println("plan: " + plan.diag.Printable.of(w)));
        BuildOptions options = new BuildOptions(out, EnumSet.copyOf(formats), templates, thaiDigits, font, force,
                pdfStandard, !noCheckStatus, style);
        // A change is likely to be rendered: ready the renderer while the files are checked.
        PlanChecker checker = PlanChecker.forBuild(Limits.DEFAULT, cache);
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
                err.println("plan: " + plan.diag.Printable.lines(failure.getMessage()));
            }
            return exitCode(failure);
        }
        result.warnings().forEach(w -> err.println("plan: " + plan.diag.Printable.of(w)));
        plan.diag.Messages words = report.messages();
        err.println(words.format(Message.of("cli.built", result.rendered(), out))
                + (shard == null ? "" : words.format(Message.of("cli.built.shard", shard.toString())))
                + (result.upToDate() > 0 ? words.format(Message.of("cli.built.up-to-date", result.upToDate())) : "")
                + (result.notRendered() > 0 ? words.format(Message.of("cli.built.not-rendered", result.notRendered())) : ""));
        return shown.hasErrors() ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
    }

    /** A value read by a parse method that refuses with IllegalArgumentException: its message becomes the usage error. */
    private abstract static class Parsed<T> implements picocli.CommandLine.ITypeConverter<T> {
        private final java.util.function.Function<String, T> parse;

        Parsed(java.util.function.Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public T convert(String value) {
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** "K/N", e.g. 2/4. */
    static final class ShardConverter extends Parsed<Shard> {
        ShardConverter() {
            super(Shard::parse);
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
            super(PdfStandard::of);
        }
    }

    /** "official" or "modern". */
    static final class StyleConverter extends Parsed<plan.model.Style> {
        StyleConverter() {
            super(word -> {
                plan.model.Style style = plan.model.Style.of(word);
                if (style == null) {
                    throw new IllegalArgumentException("'" + word + "' is not one of official, modern");
                }
                return style;
            });
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
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not one of " + OutputFormat.list());
        }
    }
}
