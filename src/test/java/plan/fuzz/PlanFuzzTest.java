package plan.fuzz;

import java.util.concurrent.TimeUnit;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets for load -> bind -> check: whatever the bytes, the only output is diagnostics
 * (see {@link DiagnosticInvariants}); any other Throwable, or an input running past the timeout,
 * is a finding. The timeout is per input: JUnit enforces it when the corpus is replayed (in its own
 * thread, so a real hang is cut off too); when fuzzing, Jazzer passes it to libFuzzer and the
 * pom's {@code fuzz} profile switches JUnit's off, which would otherwise end the whole session.
 *
 * <p>In a normal test run each target replays its corpus in
 * {@code src/test/resources/plan/fuzz/PlanFuzzTestInputs/<method>/}. To fuzz, one target at a time:
 * <pre>JAZZER_FUZZ=1 mvn -B test -Dtest='PlanFuzzTest#arbitraryBytes' -Djazzer.max_duration=30m</pre>
 * Findings are written to that corpus directory as {@code crash-*} files and then replay in
 * every run (rename them {@code regression-*} once fixed); the working corpus grows under
 * {@code .cifuzz-corpus/} (not committed). The structuredYaml seeds are generator input, not YAML:
 * they stand for the plans they make only with the current {@link PlanYamlGenerator}.
 */
@Tag("fuzz")
class PlanFuzzTest {
    /** Any file at all: binary junk, broken UTF-8, truncated YAML, the seeds' mutations. */
    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void arbitraryBytes(byte[] file) {
        Pipeline.check(file);
    }

    /** Plan-shaped YAML, so that most inputs get through loading into binding and the rules. */
    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void structuredYaml(FuzzedDataProvider data) {
        Pipeline.check(PlanYamlGenerator.plan(data));
    }
}
