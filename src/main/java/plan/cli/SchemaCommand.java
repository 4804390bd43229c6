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
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft-07) of plan files, for editors such as VS Code.")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--framework", description = "The schema of framework files instead.")
    boolean framework;

    @Option(names = "--results", description = "The schema of results files instead.")
    boolean results;

    @Option(names = "--export", description = "The schema of the JSON documents plan build --format json writes "
            + "(of plans; with --results, of results files) instead.")
    boolean export;

    @Override
    public Integer call() throws Exception {
        if (export) {
            if (framework) {
                throw new UsageException("frameworks are not exported: --export takes plans, or results with --results");
            }
            spec.commandLine().getOut().print(results ? ExportSchema.results() : ExportSchema.plan());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        String wanted = framework ? "framework" : results ? "results" : "plan";
        FileKind kind = Format.STANDARD.fileKinds().stream().filter(k -> k.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new UsageException("this version of plan reads no " + wanted + " files yet"));
        spec.commandLine().getOut().print(JsonSchema.of(kind));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
