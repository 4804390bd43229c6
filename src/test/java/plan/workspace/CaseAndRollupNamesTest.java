package plan.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;
import plan.testing.Plans;

/**
 * Plans' ids name their documents' files: ids that differ only in case are one file on Windows and
 * macOS, and an id ending in `.rollup` is an area office's roll-up's name. Both are duplicate-id.
 */
class CaseAndRollupNamesTest {
    @TempDir
    Path dir;

    @Test
    void plansWhoseIdsDifferOnlyInCaseAreDuplicates() throws IOException {
        Files.writeString(dir.resolve("two.plan.yaml"), Plans.BASE);
        Files.writeString(dir.resolve("Two.plan.yaml"), Plans.BASE);
        Cli.Result en = Cli.run("check", "--lang", "en", "--color", "never", dir.toString());
        assertThat(en.exitCode()).isEqualTo(1);
        assertThat(en.out()).contains("error[duplicate-id]: plan id `two` differs from `Two` of ")
                .contains("only in case: on Windows and macOS their documents would overwrite each other");
        Cli.Result th = Cli.run("check", "--lang", "th", "--color", "never", dir.toString());
        assertThat(th.out()).contains("เพียงตัวพิมพ์เล็กใหญ่");
    }

    @Test
    void aPlanIdEndingInRollupIsReserved() throws IOException {
        Files.writeString(dir.resolve("office.rollup.plan.yaml"), Plans.BASE);
        Cli.Result r = Cli.run("check", "--lang", "en", "--color", "never", dir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("error[duplicate-id]: plan id `office.rollup` would name a page the site makes itself");
    }
}
