package plan.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import plan.app.check.CheckReport;
import plan.app.check.PlanChecker;
import plan.app.check.PlanFile;
import plan.app.check.PlanFiles;
import plan.diag.Diagnostic;
import plan.diag.Severity;
import plan.load.Limits;

/**
 * Cascades of frameworks and plans written from PLAN-FORMAT.md's section "Frameworks and
 * alignment" alone, each checked as one command (its folder): each file lists the diagnostics
 * the format promises as {@code # expect: LINE RULE [note]} comments, and gets exactly those.
 * {@code cascade/} came with the alignment work; {@code cascade-blind/} was written later by
 * someone who had read only the format (see BLIND-NOTES.md).
 */
class CascadeConformanceTest {
    static Stream<Path> cascades() {
        return Stream.of("cascade", "cascade-blind").map(Path.of("src/test/resources/conformance")::resolve);
    }

    @ParameterizedTest
    @MethodSource("cascades")
    void everyFileOfTheCascadeGetsExactlyWhatTheFormatPromises(Path dir) throws Exception {
        List<PlanFile> files = PlanFiles.find(List.of(dir.toString()));
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        CheckReport report = new PlanChecker(Limits.DEFAULT).checkAll(files);
        for (PlanFile file : files) {
            List<String> actual = report.diagnostics().stream()
                    .filter(d -> d.file().equals(file.displayPath()))
                    .map(CascadeConformanceTest::line).sorted().toList();
            assertThat(actual).as("diagnostics of " + file.displayPath())
                    .containsExactlyInAnyOrderElementsOf(expectations(file.path()));
        }
    }

    @ParameterizedTest
    @MethodSource("cascades")
    void theFrameworksAreFoundInTheFolderLikePlans(Path dir) throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            long frameworks = list.filter(p -> p.toString().endsWith(".framework.yaml")).count();
            assertThat(frameworks).isPositive();
            CheckReport report = new PlanChecker(Limits.DEFAULT).checkAll(PlanFiles.find(List.of(dir.toString())));
            assertThat(report.frameworks()).hasSize((int) frameworks);
        }
    }

    private static String line(Diagnostic d) {
        return d.line() + " " + d.rule() + (d.severity() == Severity.NOTE ? " note" : "");
    }

    private static List<String> expectations(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList()) {
            String l = line.strip();
            if (l.startsWith("# expect:")) {
                String what = l.substring("# expect:".length()).strip();
                if (!what.equals("nothing")) {
                    out.add(what.replaceAll("\\s+", " "));
                }
            }
        }
        return out.stream().sorted().toList();
    }
}
