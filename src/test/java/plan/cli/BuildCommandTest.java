package plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/** {@code plan build} as CI calls it: layout, exit codes, safety of the output folder. */
class BuildCommandTest {
    static final String MINIMAL = "examples/minimal.plan.yaml";
    static final String BROKEN = "examples/broken.plan.yaml";

    @TempDir
    Path dir;

    @Test
    void writesTheDocumentedLayout() {
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", MINIMAL, "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (String name : List.of("minimal.md", "minimal.html", "minimal.pdf", "index.html", "assets/plan.css",
                "assets/fonts/Sarabun-Regular.ttf", "assets/fonts/Sarabun-Bold.ttf", "assets/fonts/LICENSE_FONT")) {
            assertThat(out.resolve(name)).as(name).isRegularFile();
        }
        assertThat(r.err()).contains("rendered 1 plan(s)");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void plansWithErrorsAreNotRenderedButTheOthersAre() throws IOException {
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", MINIMAL, BROKEN, "--out", out.toString(), "--format", "md,html", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("examples/broken.plan.yaml:7:1: error[unknown-key]");
        assertThat(out.resolve("minimal.html")).isRegularFile();
        assertThat(out.resolve("broken.md")).doesNotExist();
        assertThat(out.resolve("broken.html")).doesNotExist();
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).contains("href=\"minimal.html\"").contains("status-errors").contains("ไม่ได้สร้างเอกสาร");
    }

    @Test
    void formatsCanBeChosen() {
        Path out = dir.resolve("site");
        assertThat(Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "md").exitCode()).isZero();
        assertThat(out.resolve("minimal.md")).isRegularFile();
        assertThat(out.resolve("minimal.html")).doesNotExist();
        assertThat(out.resolve("minimal.pdf")).doesNotExist();
        assertThat(Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "docx").exitCode()).isEqualTo(2);
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteAsItWas() throws IOException {
        Path out = dir.resolve("site");
        assertThat(Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "md,html").exitCode()).isZero();
        Map<String, byte[]> before = snapshot(out);

        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("plan.md.ftl"), "# ${title}\n\n${no_such_value}\n");
        Cli.Result r = Cli.run("build", MINIMAL, "examples/full.plan.yaml", "--out", out.toString(),
                "--format", "md,html", "--templates", templates.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).containsPattern("plan\\.md\\.ftl:3:3: error\\[template\\]: ");
        assertThat(r.err()).doesNotContain("\tat ");
        Map<String, byte[]> after = snapshot(out);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aTemplateFailureIsADiagnosticInEveryFormat() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("plan.md.ftl"), "# ${title}\n\n${no_such_value}\n");
        Path out = dir.resolve("site");
        String[] build = {"build", MINIMAL, "--out", out.toString(), "--format", "md", "--templates",
            templates.toString(), "--lang", "en", "--diagnostics"};

        Cli.Result json = Cli.run(concat(build, "json"));
        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode array = new ObjectMapper().readTree(json.err().substring(0, json.err().lastIndexOf(']') + 1));
        assertThat(array).hasSize(1);
        JsonNode d = array.get(0);
        assertThat(d.get("file").asText()).isEqualTo("plan.md.ftl");
        assertThat(d.get("line").asInt()).isEqualTo(3);
        assertThat(d.get("column").asInt()).isEqualTo(3);
        assertThat(d.get("rule").asText()).isEqualTo("template");
        assertThat(d.get("severity").asText()).isEqualTo("error");
        assertThat(d.get("message").asText()).contains("null or missing");

        Cli.Result sarif = Cli.run(concat(build, "sarif"));
        assertThat(sarif.exitCode()).isEqualTo(1);
        JsonNode result = new ObjectMapper().readTree(sarif.err().substring(0, sarif.err().lastIndexOf('}') + 1))
                .get("runs").get(0).get("results").get(0);
        assertThat(result.get("ruleId").asText()).isEqualTo("template");

        Cli.Result github = Cli.run(concat(build, "github"));
        assertThat(github.exitCode()).isEqualTo(1);
        assertThat(github.err()).contains("::error file=plan.md.ftl,line=3,col=3,title=template::");

        Cli.Result text = Cli.run(concat(build, "text"));
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.err()).contains("plan.md.ftl:3:3: error[template]: the template cannot be used: ")
                .doesNotContain("\tat ");
        assertThat(out.resolve("minimal.md")).doesNotExist();
    }

    private static String[] concat(String[] head, String last) {
        String[] all = java.util.Arrays.copyOf(head, head.length + 1);
        all[head.length] = last;
        return all;
    }

    @Test
    void userTemplatesOverrideFileByFile() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("page.ftlh"),
                "<!DOCTYPE html><html lang=\"${lang}\"><title>${title}</title><p class=custom>${body?no_esc}</p></html>\n");
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "md,html",
                "--templates", templates.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("minimal.html"))).contains("<p class=custom>");
        // The content template was not overridden: the built-in one still numbers strategies.
        assertThat(Files.readString(out.resolve("minimal.md"))).contains("กลยุทธ์ที่ 1 พัฒนาคุณภาพผู้เรียน");
    }

    @Test
    void thaiDigitsOnRequestWhileLinksKeepTheirs() throws IOException {
        Path out = dir.resolve("site");
        assertThat(Cli.run("build", "plans/spp-sisaket-2.plan.yaml", "--out", out.toString(), "--format", "md",
                "--thai-digits").exitCode()).isZero();
        String md = Files.readString(out.resolve("spp-sisaket-2.md"));
        assertThat(md).contains("พ.ศ. ๒๕๕๕–๒๕๕๘").contains("](#M1)").contains("<a id=\"S1\"></a>กลยุทธ์ที่ ๑");
        assertThat(md).doesNotContain("2555");
    }

    @Test
    void anUnwritableOutputFolderIsAClearError() {
        Cli.Result r = Cli.run("build", MINIMAL, "--out", "/proc/plan-cannot-write-here", "--format", "md");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("plan: cannot write to /proc/plan-cannot-write-here");
        assertThat(r.err()).doesNotContain("\tat ");
    }

    @Test
    @Tag("pdf-tools") // DejaVu Sans comes from a Debian package the test tools install
    void aFontWithoutThaiIsRefused() {
        Cli.Result r = Cli.run("build", MINIMAL, "--out", dir.resolve("site").toString(), "--format", "pdf",
                "--font", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).containsIgnoringCase("thai");
        assertThat(dir.resolve("site/minimal.pdf")).doesNotExist();
    }

    @Test
    void planIdsThatClashAreReportedNotOverwritten() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.copy(Path.of(MINIMAL), a.resolve("same.plan.yaml"));
        Files.copy(Path.of(MINIMAL), b.resolve("same.plan.yaml"));
        Cli.Result r = Cli.run("build", a.toString(), b.toString(), "--out", dir.resolve("site").toString(),
                "--format", "md", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("error[duplicate-id]: plan id `same` is also the id of");
    }

    @Test
    void nothingIsWrittenOutsideTheOutputFolder() throws IOException {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.writeString(plans.resolve("evil.plan.yaml"), Files.readString(Path.of(MINIMAL))
                .replaceFirst("(?m)^title:", "id: ../../escaped\ntitle:"));
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", plans.toString(), "--out", out.toString(), "--format", "md,html", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("error[wrong-type]: `../../escaped` is not a valid id");
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(p -> p.getFileName().toString().contains("escaped")).toList()).isEmpty();
        }
    }

    @Test
    void twoBuildsIntoOneFolderAtOnceLeaveWholeFiles() throws Exception {
        Path out = dir.resolve("site");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Cli.Result>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> Cli.run("build", "plans", "--out", out.toString(), "--format", "md,html")));
            }
            for (Future<Cli.Result> run : runs) {
                assertThat(run.get().exitCode()).isZero();
            }
        } finally {
            pool.shutdown();
        }
        Path single = dir.resolve("single");
        Cli.run("build", "plans", "--out", single.toString(), "--format", "md,html");
        Map<String, byte[]> expected = snapshot(single);
        Map<String, byte[]> actual = snapshot(out);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void unchangedPlansAreNotRenderedAgain() throws IOException {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.copy(Path.of(MINIMAL), plans.resolve("a.plan.yaml"));
        Files.copy(Path.of("examples/full.plan.yaml"), plans.resolve("b.plan.yaml"));
        Path out = dir.resolve("site");
        assertThat(Cli.run("build", plans.toString(), "--out", out.toString(), "--format", "md,html").err())
                .contains("rendered 2 plan(s)");
        Files.writeString(out.resolve("a.md"), "marker: kept because the plan did not change");

        Files.writeString(plans.resolve("b.plan.yaml"), Files.readString(plans.resolve("b.plan.yaml"))
                .replace("ฉบับทบทวน", "ฉบับทบทวนครั้งที่ 2"));
        Cli.Result second = Cli.run("build", plans.toString(), "--out", out.toString(), "--format", "md,html");
        assertThat(second.err()).contains("rendered 1 plan(s)").contains("1 up to date");
        assertThat(Files.readString(out.resolve("a.md"))).startsWith("marker:");
        assertThat(Files.readString(out.resolve("full-example.md"))).contains("ฉบับทบทวนครั้งที่ 2");

        Cli.Result other = Cli.run("build", plans.toString(), "--out", out.toString(), "--format", "md,html",
                "--thai-digits");
        assertThat(other.err()).contains("rendered 2 plan(s)");

        Cli.Result forced = Cli.run("build", plans.toString(), "--out", out.toString(), "--format", "md,html",
                "--thai-digits", "--force");
        assertThat(forced.err()).contains("rendered 2 plan(s)");
        assertThat(Files.readString(out.resolve("a.md"))).doesNotStartWith("marker:");
    }

    /** Every file below the folder (the lock file aside) and its bytes. */
    private static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(p).toString();
                if (!name.equals(".plan.lock") && !name.startsWith(".plan-cache")) {
                    out.put(name, Files.readAllBytes(p));
                }
            }
        }
        return out;
    }
}
