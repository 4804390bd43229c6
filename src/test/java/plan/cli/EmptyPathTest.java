package plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import plan.testing.Cli;

/**
 * A path given as empty or blank names no file: {@code Path.of("")} is the working folder, so
 * {@code --out ""} used to write the site there and say "rendered … into " with no name. Every
 * command refuses it as a usage error (exit 2) naming the option, in one line, before anything
 * is read or written.
 */
class EmptyPathTest {
    private static final String MINIMAL = "examples/minimal.plan.yaml";

    @TempDir
    Path dir;

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("--out", List.of("build", MINIMAL, "--out", "")),
                Arguments.of("--out", List.of("build", MINIMAL, "--out", "  ")),
                Arguments.of("--templates", List.of("build", MINIMAL, "--out", "OUT", "--templates", "")),
                Arguments.of("PATH", List.of("build", "", "--out", "OUT")),
                Arguments.of("PATH", List.of("check", "")),
                Arguments.of("OUT", List.of("merge", "", "OUT")),
                Arguments.of("SHARD_DIR", List.of("merge", "OUT", "")),
                Arguments.of("FILE", List.of("import", "")),
                Arguments.of("--out", List.of("import", "README.md", "--out", "")),
                Arguments.of("--base", List.of("import", "README.md", "--out", "OUT/x.plan.yaml", "--base", " ")),
                Arguments.of("FILE", List.of("init", "")),
                Arguments.of("OLD", List.of("diff", "", "examples")),
                Arguments.of("NEW", List.of("diff", "examples", "")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("commands")
    void anEmptyPathIsAUsageErrorNamingTheOption(String option, List<String> args) throws IOException {
        Path out = dir.resolve("out");
        List<String> line = new ArrayList<>();
        args.forEach(a -> line.add(a.replace("OUT", out.toString())));
        line.addAll(List.of("--lang", "en"));
        Cli.Result r = Cli.run(line.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("invalid value for " + option + ": '")
                .contains("empty, give a file or folder").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).as("nothing written").doesNotExist();
    }

    @Test
    void theRefusalIsWordedInThai() {
        Cli.Result r = Cli.run("build", MINIMAL, "--out", "", "--lang", "th");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("ค่าของ --out ไม่ถูกต้อง: ''").contains("ค่าว่าง ให้ระบุไฟล์หรือโฟลเดอร์");
        assertThat(Path.of("minimal.md")).as("nothing in the working folder").doesNotExist();
        assertThat(Files.exists(Path.of("index.html"))).isFalse();
    }

    @Test
    void anEmptyFontIsRefusedWithTheCommandLineAndAnUnknownOneInThai() {
        Path out = dir.resolve("out");
        Cli.Result empty = Cli.run("build", MINIMAL, "--out", out.toString(), "--font", " ", "--lang", "th");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(empty.err()).contains("ค่าของ --font ไม่ถูกต้อง").contains("ให้ระบุไฟล์ฟอนต์หรือชื่อตระกูลฟอนต์")
                .doesNotContain("No font");
        assertThat(empty.out()).as("refused before any plan is checked").doesNotContain("minimal.plan.yaml");
        Cli.Result unknown = Cli.run("build", MINIMAL, "--out", out.toString(), "--font", "No Such Font 42", "--lang", "th");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("ไม่พบฟอนต์ \"No Such Font 42\"").doesNotContain("was not found");
        assertThat(out).as("nothing written").doesNotExist();
    }
}
