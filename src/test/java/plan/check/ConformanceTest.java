package plan.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import plan.app.check.CheckedPlan;
import plan.app.check.PlanChecker;
import plan.app.check.PlanFile;
import plan.diag.Severity;
import plan.load.Limits;

/**
 * Plans written from PLAN-FORMAT.md alone by someone who had not seen the code, each listing
 * the diagnostics the format promises as {@code # expect: LINE RULE [note]} comments. The
 * checker must report exactly those rules on exactly those lines.
 */
class ConformanceTest {
    static final Path DIR = Path.of("src/test/resources/conformance");

    static Stream<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(DIR)) {
            return list.filter(p -> PlanFile.isPlanFileName(p.getFileName().toString())).sorted().toList().stream();
        }
    }

    @Test
    void thereAreConformancePlans() throws IOException {
        assertThat(files().count()).isGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest
    @MethodSource("files")
    void reportsExactlyWhatTheFormatPromises(Path file) throws IOException {
        List<String> expected = expectations(file);
        CheckedPlan checked = new PlanChecker(Limits.DEFAULT).check(new PlanFile(file, file.toString()));
        List<String> actual = checked.diagnostics().stream()
                .map(d -> d.line() + " " + d.rule() + (d.severity() == Severity.NOTE ? " note" : ""))
                .sorted().toList();
        assertThat(actual).as("diagnostics of " + file).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<String> expectations(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        for (String line : text.lines().toList()) {
            String l = line.replace("\uFEFF", "").strip();
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
