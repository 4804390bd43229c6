package plan.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import plan.diag.Rule;
import plan.diag.Severity;
import plan.testing.Cli;
import plan.testing.Golden;

/**
 * One broken file per rule in src/test/resources/rules, named after the rule it breaks
 * ({@code RULE.plan.yaml} or {@code RULE--variant.plan.yaml}), with its expected text output.
 * Rules across files have a folder instead ({@code RULE--variant/}), checked as one command:
 * the folder itself, or the paths its {@code args} file lists (one a line, relative to it).
 */
class RuleGoldenTest {
    static final Path RULES = Path.of("src/test/resources/rules");

    static Stream<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(RULES)) {
            return list.filter(p -> p.toString().endsWith(".plan.yaml") || Files.isDirectory(p)).sorted().toList()
                    .stream();
        }
    }

    private static String stem(Path file) {
        return file.getFileName().toString().replace(".plan.yaml", "");
    }

    /** What the case gives to {@code plan check}. */
    private static String[] command(Path file) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("check", "--lang", "en", "--color", "never"));
        Path listed = file.resolve("args");
        if (Files.isDirectory(file) && Files.exists(listed)) {
            Files.readAllLines(listed).stream().filter(l -> !l.isBlank())
                    .forEach(l -> args.add(file.resolve(l.strip()).toString()));
        } else {
            args.add(file.toString());
        }
        return args.toArray(String[]::new);
    }

    @ParameterizedTest
    @MethodSource("files")
    void textOutputMatchesGolden(Path file) throws IOException {
        Cli.Result result = Cli.run(command(file));
        Golden.assertMatches(RULES.resolve(stem(file) + ".expected.txt"),
                "exit " + result.exitCode() + "\n" + result.out() + result.err());
    }

    @ParameterizedTest
    @MethodSource("files")
    void theFileBreaksTheRuleItIsNamedAfter(Path file) throws IOException {
        String stem = stem(file);
        String rule = stem.split("--")[0];
        assertThat(Rule.byId(rule)).as("file names a rule").isPresent();
        Cli.Result result = Cli.run(command(file));
        assertThat(result.out()).contains("[" + rule + "]: ");
        boolean warningRule = Rule.byId(rule).orElseThrow().defaultSeverity() == Severity.WARNING;
        boolean waived = stem.endsWith("--waived");
        assertThat(result.exitCode()).isEqualTo(warningRule || waived ? 0 : 1);
        if (waived) {
            assertThat(result.out()).contains("note[" + rule + "]").contains("waived: ");
        }
    }

    @org.junit.jupiter.api.Test
    void everyRuleHasAFile() throws IOException {
        List<String> covered = files().map(p -> p.getFileName().toString().split("--|\\.plan")[0]).toList();
        assertThat(covered).containsAll(Rule.ids());
    }
}
