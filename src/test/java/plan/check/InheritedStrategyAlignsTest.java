package plan.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * An action plan with a base and a parent: its strategies are written in the development plan, so
 * the hint of strategy-aligns says to align them there, naming that file, not to write in this
 * plan what it cannot hold.
 */
class InheritedStrategyAlignsTest {
    @TempDir
    Path dir;

    @Test
    void theHintNamesTheBasesFile() throws IOException {
        Files.copy(Path.of("examples/yearly/development-plan.plan.yaml"), dir.resolve("development-plan.plan.yaml"));
        Files.copy(Path.of("examples/area-office/spp-area-example.plan.yaml"), dir.resolve("spp-area-example.plan.yaml"));
        String action = Files.readString(Path.of("examples/yearly/action-plan-2569.plan.yaml"))
                .replace("base: development-plan\n", "base: development-plan\nparent: spp-area-example\n");
        Files.writeString(dir.resolve("action-plan-2569.plan.yaml"), action);
        Cli.Result en = Cli.run("check", "--lang", "en", "--color", "never", dir.toString());
        assertThat(en.out()).contains("warning[strategy-aligns]: strategy S1 aligns with no goal or strategy of the parent plan")
                .contains("hint: this strategy is written in the base plan (development-plan.plan.yaml): add e.g."
                        + " `aligns: [spp-area-example:S1]` to it there");
        Cli.Result th = Cli.run("check", "--lang", "th", "--color", "never", dir.toString());
        assertThat(th.out()).contains("กลยุทธ์นี้เขียนไว้ในแผนฐาน (ไฟล์ development-plan.plan.yaml)");
    }
}
