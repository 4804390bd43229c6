package plan.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import plan.app.check.UsageException;
import plan.format.FileKind;
import plan.format.Format;
import plan.format.JsonSchema;
import plan.render.export.ExportSchema;

/**
 * {@code plan schema [--framework | --results] [--export]}: the JSON Schema editors check plan (framework, results)
 * files with, or that of the exports of plans and results files.
 */
@Command(name = "schema", mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Its {@code --lang} words the refusal and the help. */
    @picocli.CommandLine.Mixin
    ReportOptions report = new ReportOptions();

    @Option(names = "--framework")
    boolean framework;

    @Option(names = "--results")
    boolean results;

    @Option(names = "--export")
    boolean export;

    @Override
    public Integer call() throws Exception {
        if (export) {
            if (framework) {
                throw new UsageException(plan.diag.Message.of("cli.refused.export-framework"));
            }
            spec.commandLine().getOut().print(results ? ExportSchema.results() : ExportSchema.plan());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        String wanted = framework ? "framework" : results ? "results" : "plan";
        FileKind kind = Format.STANDARD.fileKinds().stream().filter(k -> k.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new UsageException(plan.diag.Message.of("cli.refused.schema-kind", wanted)));
        spec.commandLine().getOut().print(JsonSchema.of(kind));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
