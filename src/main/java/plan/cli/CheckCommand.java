package plan.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import plan.app.check.CheckReport;
import plan.app.check.PlanChecker;
import plan.app.check.PlanFiles;
import plan.cache.CheckCache;
import plan.load.Limits;

/** {@code plan check PATH...}: all problems of all files, exit 1 if any is an error. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReportOptions report = new ReportOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
    ReportOptions.Format format;

    @Option(names = "--no-cache")
    boolean noCache;

    @Parameters(arity = "1..*", paramLabel = "PATH", converter = PathArguments.NonBlankText.class)
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        CheckCache cache = noCache ? null : CheckCache.ofUser(PlanCommand.Version.number(), System.getenv());
        CheckReport result = new PlanChecker(Limits.DEFAULT, cache).checkAll(PlanFiles.find(paths,
                w -> spec.commandLine().getErr().println("plan: " + plan.diag.Printable.of(report.messages().format(w)))));
        if (cache != null) {
            cache.save();
        }
        report.print(result, format, spec.commandLine().getOut());
        return result.hasErrors() ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
    }
}
