package plan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import plan.app.shard.MergeFailure;
import plan.app.shard.ShardMerge;

/** {@code plan merge OUT SHARD_DIR...}: the outputs of {@code plan build --shard K/N} as one site. */
@Command(name = "merge", mixinStandardHelpOptions = true)
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT")
    Path out;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SHARD_DIR")
    List<Path> shards;

    @picocli.CommandLine.Mixin
    ReportOptions report = new ReportOptions();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            ShardMerge.Result r = ShardMerge.run(out, shards);
            err.println(report.messages().format(plan.diag.Message.of("cli.merged", r.shards(), r.plans(), out)));
            return ExitCodes.OK;
        } catch (MergeFailure e) {
            err.println("plan: " + plan.diag.Printable.of(e.message(report.messages())));
            return e.usage() ? ExitCodes.USAGE : ExitCodes.INPUT_ERRORS;
        }
    }
}
