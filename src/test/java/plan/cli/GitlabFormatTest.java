package plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.diag.Diagnostic;
import plan.diag.GitlabPrinter;
import plan.diag.Message;
import plan.diag.Messages;
import plan.diag.Severity;
import plan.testing.Cli;

/** {@code --format gitlab}: GitLab's Code Quality report, in check and in build. */
class GitlabFormatTest {
    static final String BROKEN = "examples/broken.plan.yaml";

    @TempDir
    Path dir;

    @Test
    void everyFindingIsACodeQualityIssue() throws IOException {
        Cli.Result r = Cli.run("check", "--format", "gitlab", "--lang", "en", BROKEN);
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(r.out());
        Cli.Result json = Cli.run("check", "--format", "json", "--lang", "en", BROKEN);
        JsonNode plain = new ObjectMapper().readTree(json.out());
        assertThat(report.size()).isEqualTo(plain.size()).isGreaterThan(10);
        for (int i = 0; i < report.size(); i++) {
            JsonNode issue = report.get(i);
            JsonNode finding = plain.get(i);
            assertThat(issue.get("check_name").asText()).isEqualTo(finding.get("rule").asText());
            assertThat(issue.get("description").asText()).startsWith(finding.get("message").asText());
            assertThat(issue.at("/location/path").asText()).isEqualTo(BROKEN);
            assertThat(issue.at("/location/lines/begin").asInt()).isEqualTo(finding.get("line").asInt());
            assertThat(issue.get("severity").asText()).isEqualTo(switch (finding.get("severity").asText()) {
                case "error" -> "major";
                case "warning" -> "minor";
                default -> "info";
            });
            assertThat(issue.get("fingerprint").asText()).matches("[0-9a-f]{64}");
        }
        assertThat(report.findValuesAsText("severity")).contains("major", "minor");
    }

    @Test
    void fingerprintsAreUniqueAndSurviveLanguageAndMovedLines() throws IOException {
        List<String> english = fingerprints(Cli.run("check", "--format", "gitlab", "--lang", "en", BROKEN).out());
        assertThat(new HashSet<>(english)).hasSameSizeAs(english);
        assertThat(fingerprints(Cli.run("check", "--format", "gitlab", "--lang", "th", BROKEN).out())).isEqualTo(english);

    }

    @Test
    void aFindingKeepsItsFingerprintWhenLinesAboveItChange() throws IOException {
        // Two comment lines above everything move every finding down; GitLab must see no new issue.
        Message unknown = Message.of("unknown-key", "organisation");
        List<Diagnostic> before = List.of(
                new Diagnostic("plans/a.plan.yaml", 7, 1, Severity.ERROR, "unknown-key", unknown, null, null),
                new Diagnostic("plans/a.plan.yaml", 9, 1, Severity.ERROR, "unknown-key", unknown, null, null));
        List<Diagnostic> after = before.stream().map(d -> new Diagnostic(d.file(), d.line() + 2, d.column(),
                d.severity(), d.rule(), d.message(), d.hint(), d.waiver())).toList();
        List<String> old = fingerprints(print(before));
        assertThat(fingerprints(print(after))).isEqualTo(old);
        assertThat(old.get(0)).as("the same finding twice in a file").isNotEqualTo(old.get(1));
        List<Diagnostic> elsewhere = List.of(new Diagnostic("plans/b.plan.yaml", 7, 1, Severity.ERROR, "unknown-key",
                unknown, null, null));
        assertThat(fingerprints(print(elsewhere)).get(0)).isNotEqualTo(old.get(0));
    }

    @Test
    void pathsAreRelativeToTheRepositoryWhenTheUserGaveDot() throws IOException {
        // `plan check .` shows ./examples/...; GitLab (and GitHub) match paths without the ./
        Cli.Result r = Cli.run("check", "--format", "gitlab", "./" + BROKEN);
        assertThat(new ObjectMapper().readTree(r.out()).get(0).at("/location/path").asText()).isEqualTo(BROKEN);
        assertThat(Cli.run("check", "--format", "github", "./" + BROKEN).out()).contains("file=" + BROKEN + ",");
        assertThat(Cli.run("check", "--format", "sarif", "./" + BROKEN).out()).contains("\"uri\": \"" + BROKEN + "\"");
    }

    /** An absolute path in the repository is written from its root (the git top level here), as GitLab matches it. */
    @Test
    void anAbsolutePathIsWrittenFromTheRepositorysRoot() throws IOException {
        Cli.Result r = Cli.run("check", "--format", "gitlab", Path.of(BROKEN).toAbsolutePath().toString());
        assertThat(new ObjectMapper().readTree(r.out()).get(0).at("/location/path").asText()).isEqualTo(BROKEN);
    }

    /** CI_PROJECT_DIR names the root when set; outside any repository an absolute path stays as given. */
    @Test
    void theRootIsCiProjectDirElseGitsTopLevelElseNone(@org.junit.jupiter.api.io.TempDir Path outside) {
        Path here = Path.of("").toAbsolutePath();
        assertThat(RepositoryRoot.of(Map.of("CI_PROJECT_DIR", "/builds/office/plans"), here))
                .isEqualTo(Path.of("/builds/office/plans"));
        assertThat(RepositoryRoot.of(Map.of(), here)).isNotNull();
        assertThat(here.startsWith(RepositoryRoot.of(Map.of(), here))).isTrue();
        assertThat(RepositoryRoot.of(Map.of(), outside)).isNull();
        Diagnostic d = new Diagnostic("/builds/office/plans/a/b.plan.yaml", 3, 1, Severity.ERROR, "empty-text",
                Message.of("check.empty-text", "vision"), null, null);
        StringWriter out = new StringWriter();
        new GitlabPrinter(new Messages(Locale.ENGLISH), () -> Path.of("/builds/office/plans"))
                .print(List.of(d), Map.of(), new PrintWriter(out, true));
        assertThat(out.toString()).contains("\"path\": \"a/b.plan.yaml\"");
        StringWriter elsewhere = new StringWriter();
        new GitlabPrinter(new Messages(Locale.ENGLISH), () -> null).print(List.of(d), Map.of(), new PrintWriter(elsewhere, true));
        assertThat(elsewhere.toString()).contains("\"path\": \"/builds/office/plans/a/b.plan.yaml\"");
    }

    @Test
    void noFindingsIsAnEmptyArray() {
        assertThat(Cli.run("check", "--format", "gitlab", "examples/minimal.plan.yaml").out().strip()).isEqualTo("[]");
    }

    @Test
    void buildWritesTheReportToStandardError() throws IOException {
        Cli.Result r = Cli.run("build", "--diagnostics", "gitlab", "--format", "md", "--out", dir.resolve("site").toString(),
                BROKEN, "examples/minimal.plan.yaml");
        assertThat(r.exitCode()).isEqualTo(1);
        String report = r.err().substring(0, r.err().lastIndexOf(']') + 1);
        assertThat(new ObjectMapper().readTree(report).get(0).get("check_name").asText()).isNotBlank();
        assertThat(dir.resolve("site/minimal.md")).isRegularFile();
    }

    private static List<String> fingerprints(String report) throws IOException {
        List<String> all = new ArrayList<>();
        new ObjectMapper().readTree(report).forEach(issue -> all.add(issue.get("fingerprint").asText()));
        return all;
    }

    private static String print(List<Diagnostic> diagnostics) {
        StringWriter out = new StringWriter();
        new GitlabPrinter(new Messages(Locale.ENGLISH), () -> null).print(diagnostics, Map.of(), new PrintWriter(out, true));
        return out.toString();
    }
}
