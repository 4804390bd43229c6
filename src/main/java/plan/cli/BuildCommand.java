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
import plan.app.CheckReport;
import plan.render.site.OutputFormat;
import plan.app.PlanChecker;
import plan.app.PlanFiles;
import plan.diag.Diagnostic;
import plan.load.Limits;

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

    @Option(names = "--format", paramLabel = "FORMATS", split = ",", defaultValue = "md,html,pdf",
            converter = FormatConverter.class, description = "Documents to write: md, html, pdf (default: ${DEFAULT-VALUE}).")
    List<OutputFormat> formats;

    @Option(names = "--diagnostics", paramLabel = "FORMAT", defaultValue = "text",
            description = "Diagnostics (on standard error) as text, json, sarif or github.")
    ReportOptions.Format diagnostics;

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates that override the built-in ones, file by file.")
    Path templates;

    @Option(names = "--thai-digits", description = "Print Thai digits (๑๒๓) in the documents; sources keep Arabic ones.")
    boolean thaiDigits;

    @Option(names = "--font", paramLabel = "FONT", description = "PDF font: a font file, or a family such as \"TH Sarabun New\".")
    String font;

    @Option(names = "--force", description = "Render every plan, even those whose documents are up to date.")
    boolean force;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Plan files or folders.")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        CheckReport checked = new PlanChecker(Limits.DEFAULT).checkAll(PlanFiles.find(paths));
        // Text shows the plans' findings before the long part; the machine formats print one
        // document at the end, with a template failure among the findings.
        boolean text = diagnostics == ReportOptions.Format.text;
        if (text) {
            report.print(checked, diagnostics, err);
        }
        Set<OutputFormat> wanted = EnumSet.copyOf(formats);
        Progress progress = new Progress(err, checked.plans().size());
        BuildResult result = null;
        BuildFailure failure = null;
        try {
            result = Build.run(checked, new BuildOptions(out, wanted, templates, thaiDigits, font, force),
                    PlanCommand.Version.number(), progress::update);
        } catch (BuildFailure e) {
            failure = e;
        }
        progress.done();
        List<Diagnostic> more = failure == null || failure.diagnostic() == null ? List.of() : List.of(failure.diagnostic());
        if (text) {
            report.printMore(more, err);
        } else {
            report.print(checked, more, diagnostics, err);
        }
        if (failure != null) {
            if (failure.diagnostic() == null) {
                err.println("plan: " + failure.getMessage());
            }
            return failure.kind() == BuildFailure.Kind.INPUT ? ExitCodes.INPUT_ERRORS : ExitCodes.USAGE;
        }
        err.println("plan: rendered " + result.rendered() + " plan(s) into " + out
                + (result.upToDate() > 0 ? "; " + result.upToDate() + " up to date" : "")
                + (result.notRendered() > 0 ? "; " + result.notRendered() + " not rendered because of errors" : ""));
        return checked.hasErrors() ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
    }

    /** "md", "html", "pdf" in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat f : OutputFormat.values()) {
                if (f.extension().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not one of md, html, pdf");
        }
    }
}
