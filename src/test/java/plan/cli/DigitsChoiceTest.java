package plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * {@code digits}: the command line's {@code --thai-digits}, then the plan's {@code digits}, then
 * {@code plan.config.yaml}'s {@code digits} or {@code thai-digits} decide, as a user builds.
 */
class DigitsChoiceTest {
    @TempDir
    Path dir;

    /** The minimal example with {@code digits} set to {@code digits} (null: not written), in its own folder. */
    private Path plan(String digits, String config) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("plans"));
        String text = Files.readString(Path.of("examples/minimal.plan.yaml"));
        Files.writeString(folder.resolve("minimal.plan.yaml"), digits == null ? text : text + "\ndigits: " + digits + "\n");
        if (config != null) {
            Files.writeString(folder.resolve("plan.config.yaml"), config);
        }
        return folder;
    }

    private String markdown(Path folder, String... options) throws IOException {
        Path out = dir.resolve("site");
        String[] command = new String[5 + options.length];
        System.arraycopy(new String[] {"build", folder.toString(), "--out", out.toString(), "--format=md"}, 0, command, 0, 5);
        System.arraycopy(options, 0, command, 5, options.length);
        Cli.Result r = Cli.run(command);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return Files.readString(out.resolve("minimal.md"));
    }

    @Test
    void thePlansDigitsAreTheDocumentsDigits() throws IOException {
        assertThat(markdown(plan("thai", null))).contains("กลยุทธ์ที่ ๑").doesNotContain("กลยุทธ์ที่ 1");
        assertThat(markdown(plan("arabic", null))).contains("กลยุทธ์ที่ 1");
    }

    @Test
    void thePlanOverridesTheConfigAndTheCommandLineOverridesBoth() throws IOException {
        assertThat(markdown(plan("arabic", "thai-digits: true\n"))).contains("กลยุทธ์ที่ 1");
        assertThat(markdown(plan("arabic", "digits: thai\n"))).contains("กลยุทธ์ที่ 1");
        assertThat(markdown(plan(null, "thai-digits: true\n"))).contains("กลยุทธ์ที่ ๑");
        assertThat(markdown(plan(null, "digits: thai\n"))).contains("กลยุทธ์ที่ ๑");
        assertThat(markdown(plan(null, "digits: arabic\n"))).contains("กลยุทธ์ที่ 1");
        assertThat(markdown(plan("arabic", null), "--thai-digits")).contains("กลยุทธ์ที่ ๑");
    }

    @Test
    void anUnknownDigitsIsAFindingAtItsLineInThePlanAndInTheConfig() throws IOException {
        Path folder = plan("roman", null);
        Cli.Result r = Cli.run("check", folder.toString());
        assertThat(r.exitCode()).isNotZero();
        int line = (int) Files.readString(folder.resolve("minimal.plan.yaml")).lines().count();
        assertThat(r.out() + r.err()).contains("minimal.plan.yaml:" + line + ":9").contains("roman")
                .doesNotContain("\tat ");
        Files.writeString(folder.resolve("minimal.plan.yaml"), Files.readString(Path.of("examples/minimal.plan.yaml")));
        Files.writeString(folder.resolve("plan.config.yaml"), "digits: roman\n");
        Cli.Result config = Cli.run("check", folder.toString());
        assertThat(config.exitCode()).isNotZero();
        assertThat(config.out() + config.err()).contains("plan.config.yaml:1:9").contains("roman");
    }
}
