package plan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.app.check.CheckReport;
import plan.app.check.CheckedPlan;
import plan.app.check.PlanChecker;
import plan.app.check.PlanFiles;
import plan.load.Limits;

/** {@link PlanChecker#checkAgain}: a long-lived checker reads again only the files it is told changed. */
class PlanCheckerAgainTest {
    @TempDir
    Path dir;

    @Test
    void readsAgainOnlyTheFilesChangedAndAllWhenTheFilesDiffer() throws Exception {
        String source = Files.readString(Path.of("examples/minimal.plan.yaml"));
        Path a = dir.resolve("a.plan.yaml");
        Path b = dir.resolve("b.plan.yaml");
        Files.writeString(a, source);
        Files.writeString(b, source);
        PlanChecker checker = new PlanChecker(Limits.DEFAULT);
        assertThat(errors(checker.checkAgain(PlanFiles.find(List.of(dir.toString())), Set.of()))).isZero();

        Files.writeString(a, source + "typo: 1\n");
        Files.writeString(b, source + "typo: 1\n");
        // Only a is said to have changed: b's report is the one kept from before.
        CheckReport again = checker.checkAgain(PlanFiles.find(List.of(dir.toString())), Set.of(a.toAbsolutePath().normalize()));
        assertThat(again.plans()).extracting(p -> p.file().path().getFileName().toString(), CheckedPlan::hasErrors)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a.plan.yaml", true),
                        org.assertj.core.groups.Tuple.tuple("b.plan.yaml", false));

        // A file added: every file is read afresh.
        Files.writeString(dir.resolve("c.plan.yaml"), source);
        CheckReport fresh = checker.checkAgain(PlanFiles.find(List.of(dir.toString())), Set.of());
        assertThat(fresh.plans()).extracting(CheckedPlan::hasErrors).containsExactly(true, true, false);
        assertThat(fresh.plans().stream().map(p -> p.plan().id().value())).containsExactly("a", "b", "c");
    }

    private static long errors(CheckReport report) {
        return report.plans().stream().filter(CheckedPlan::hasErrors).count();
    }
}
