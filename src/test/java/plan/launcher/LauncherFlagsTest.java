package plan.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import plan.testing.ExternalTool;

/**
 * The launcher promises JDK 21 and newer. No JDK 21-24 is installed here, but the JDK 17 that
 * Maven runs on is older than all of them: a flag it accepts, they accept too (HotSpot only
 * adds flags and log tags between these versions). So the flags the launcher picks for 21-24
 * must start JDK 17, making and then using the start-up archive.
 */
class LauncherFlagsTest {
    @TempDir
    Path dir;

    @Tag("slow") // JDK 17 JVMs
    @ParameterizedTest(name = "JDK {0}")
    @ValueSource(ints = {21, 22, 23, 24})
    void flagsForJdk21To24StartAnOlderJdk(int major) {
        Path java = jdk17();
        Path archive = dir.resolve("plan.jsa");
        List<String> train = retarget(flags(major, "train"), archive);
        assertThat(train).contains("-XX:ArchiveClassesAtExit=" + archive).noneMatch(f -> f.contains("aot"));
        ExternalTool.Result made = run(java, train);
        assertThat(made.exit()).as(made.err()).isZero();
        assertThat(archive).isRegularFile();

        List<String> use = retarget(flags(major, "run"), archive);
        assertThat(use).contains("-XX:SharedArchiveFile=" + archive);
        ExternalTool.Result ran = run(java, use);
        assertThat(ran.exit()).as(ran.err()).isZero();
        assertThat(ran.err()).doesNotContainIgnoringCase("error").doesNotContainIgnoringCase("warning");
    }

    /** The check above can fail: JDK 25's flags are refused by an older JDK. */
    @Tag("slow") // JDK 17 JVMs
    @Test
    void flagsForJdk25AreTooNewForAnOlderJdk() {
        List<String> run = flags(25, "run");
        assertThat(run).contains("-Xlog:aot*=off");
        ExternalTool.Result r = run(jdk17(), List.of("-Xlog:aot*=off"));
        assertThat(r.exit()).isNotZero();
    }

    /**
     * Every run gets the quick compiler alone: on two cores the optimising compiler never paid
     * back the core it took, from one plan to a thousand (see the launcher). The training run
     * too, so the start-up cache's profiles are those of the runs that use it.
     */
    @ParameterizedTest(name = "JDK {0}")
    @ValueSource(ints = {21, 25})
    void everyRunGetsTheQuickCompilerAlone(int major) {
        for (String mode : List.of("run", "train")) {
            assertThat(flags(major, mode)).as(mode).contains("-XX:TieredStopAtLevel=1");
        }
    }

    /**
     * JDK 25's start-up cache keeps no method profiles of the training run: replayed, they made
     * a rebuild compile what the training build found hot. The flag that says so is diagnostic:
     * a later JDK without it makes no cache, and plan still runs.
     */
    @Test
    void theStartUpCacheOfJdk25KeepsNoTrainingProfiles() {
        List<String> train = flags(25, "train");
        assertThat(train).containsSubsequence("-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTRecordTraining");
        assertThat(flags(25, "run")).doesNotContain("-XX:-AOTRecordTraining", "-XX:+AOTRecordTraining");
        assertThat(flags(24, "train")).noneMatch(f -> f.contains("Training"));
    }

    /**
     * Nor does a run replay profiles that are not there; the flag that says so is diagnostic too,
     * so a run also tells the JVM to ignore it should a later JDK not know it (else plan would not start).
     */
    @Test
    void runsOfJdk25ReplayNoTrainingAndSurviveAJdkWithoutTheFlag() {
        List<String> run = flags(25, "run");
        assertThat(run).containsSubsequence("-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UnlockDiagnosticVMOptions",
                "-XX:-AOTReplayTraining");
        assertThat(flags(24, "run")).noneMatch(f -> f.contains("Training") || f.contains("Diagnostic"));
    }

    /**
     * No transparent huge pages by default, whatever the kernel offers: measured in a virtual
     * machine, their faults came to cost more than they saved (see ./plan).
     */
    @Test
    void noHugePagesByDefault() {
        for (String mode : List.of("run", "train")) {
            for (int major : List.of(21, 25)) {
                assertThat(flags(major, mode)).noneMatch(f -> f.contains("TransparentHugePages"));
            }
        }
    }

    /**
     * {@code plan check} starts from a cache of its own, trained on checks: it holds half the
     * classes of the build's and starts sooner. Every other command uses the build's.
     */
    @ParameterizedTest(name = "JDK {0}")
    @ValueSource(ints = {21, 25})
    void checkHasAStartUpCacheOfItsOwn(int major) {
        String suffix = major >= 25 ? ".aot" : ".jsa";
        String option = major >= 25 ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";
        assertThat(flags(major, "run", "check", "plans")).anyMatch(f -> f.startsWith(option) && f.endsWith("/target/plan-check" + suffix));
        for (String command : List.of("build", "diff", "serve", "--version")) {
            assertThat(flags(major, "run", command)).as(command)
                    .anyMatch(f -> f.startsWith(option) && f.endsWith("/target/plan" + suffix))
                    .noneMatch(f -> f.contains("plan-check"));
        }
    }

    /** {@code plan serve} runs for hours: the optimising compiler pays back there, so it keeps both. */
    @ParameterizedTest(name = "JDK {0}")
    @ValueSource(ints = {21, 25})
    void serveKeepsTheOptimisingCompiler(int major) {
        assertThat(flags(major, "run", "serve")).doesNotContain("-XX:TieredStopAtLevel=1", "-XX:-UsePerfData")
                .contains("-Xmx320m");
        assertThat(flags(major, "run", "build")).contains("-XX:TieredStopAtLevel=1", "-XX:-UsePerfData");
    }

    /**
     * The installed launcher (src/release/bin/plan, POSIX sh) gives the JVM the flags this one
     * does, for every command and JDK: one set of measured choices, two scripts.
     */
    @Test
    void theInstalledLauncherGivesTheSameFlags() {
        for (int major : List.of(21, 25)) {
            for (String command : List.of("build", "check", "serve")) {
                List<String> developers = withoutCache(flags(major, "run", command));
                ExternalTool.Result installed = ExternalTool.run(null, List.of("env",
                        "PLAN_PRINT_JVM_FLAGS=" + major + " " + command, "sh", "src/release/bin/plan"));
                assertThat(installed.exit()).as(installed.err()).isZero();
                assertThat(withoutCache(installed.out().lines().filter(l -> !l.isBlank()).toList()))
                        .as(major + " " + command).isEqualTo(developers);
            }
        }
    }

    private static List<String> withoutCache(List<String> flags) {
        return flags.stream().filter(f -> !f.startsWith("-XX:AOTCache=") && !f.startsWith("-XX:SharedArchiveFile=")).toList();
    }

    /** The flags for {@code plan ARGUMENTS}; {@code mode} is run or train. */
    private static List<String> flags(int major, String mode, String... arguments) {
        List<String> command = new ArrayList<>(List.of("env", "PLAN_PRINT_JVM_FLAGS=" + major + " " + mode, "bash", "plan"));
        command.addAll(List.of(arguments));
        ExternalTool.Result r = ExternalTool.run(null, command);
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out().lines().filter(l -> !l.isBlank()).toList();
    }

    /** The archive path made to point into the test's folder, not the project's target/. */
    private static List<String> retarget(List<String> flags, Path archive) {
        List<String> out = new ArrayList<>();
        for (String f : flags) {
            out.add(f.replaceFirst("^(-XX:(?:ArchiveClassesAtExit|SharedArchiveFile))=.*$", "$1=" + archive));
        }
        return out;
    }

    private static ExternalTool.Result run(Path java, List<String> flags) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(flags);
        command.add("-version");
        return ExternalTool.run(null, command);
    }

    /** A JDK older than 21: the one Maven runs on (Debian's default JDK 17). */
    private static Path jdk17() {
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            return jdks.filter(p -> p.getFileName().toString().matches(".*-17-.*|.*openjdk-17.*"))
                    .map(p -> p.resolve("bin/java")).filter(Files::isExecutable).sorted().findFirst()
                    .orElseThrow(() -> new AssertionError("no JDK 17 under /usr/lib/jvm (apt-get install openjdk-17-jdk-headless)"));
        } catch (IOException e) {
            throw new AssertionError("cannot list /usr/lib/jvm", e);
        }
    }
}
