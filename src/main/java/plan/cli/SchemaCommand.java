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

/** {@code plan schema [--framework | --results]}: the JSON Schema editors check plan (framework, results) files with. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft-07) of plan files, for editors such as VS Code.")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--framework", description = "The schema of framework files instead.")
    boolean framework;

    @Option(names = "--results", description = "The schema of results files instead.")
    boolean results;

    @Override
    public Integer call() throws Exception {
        String wanted = framework ? "framework" : results ? "results" : "plan";
        FileKind kind = Format.STANDARD.fileKinds().stream().filter(k -> k.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new UsageException("this version of plan reads no " + wanted + " files yet"));
        spec.commandLine().getOut().print(JsonSchema.of(kind));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
