package plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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

    /**
     * A plan's page links its own documents, those the build publishes (--format decides), in the
     * plan's language; a build that adds the PDF renders the page again to link it (issue 27 item 23).
     */
    @Test
    void aPlanPageLinksItsOwnDocumentsThatArePublished() throws IOException {
        Path site = dir.resolve("site");
        assertThat(Cli.run("build", MINIMAL, "--out", site.toString(), "--format", "md,html").exitCode()).isZero();
        assertThat(Files.readString(site.resolve("minimal.html")))
                .contains(" · เอกสาร: <a href=\"minimal.md\">ไฟล์ Markdown</a>\n").doesNotContain("minimal.pdf");
        Cli.Result withPdf = Cli.run("build", MINIMAL, "--out", site.toString(), "--format", "md,html,pdf");
        assertThat(withPdf.exitCode()).as(withPdf.err()).isZero();
        assertThat(withPdf.err()).contains("rendered 1 plan(s)").doesNotContain("up to date");
        assertThat(Files.readString(site.resolve("minimal.html")))
                .contains(" · เอกสาร: <a href=\"minimal.pdf\">ไฟล์ PDF</a>, <a href=\"minimal.md\">ไฟล์ Markdown</a>\n");
        assertThat(site.resolve("minimal.pdf")).exists();

        Path htmlOnly = dir.resolve("html-only");
        assertThat(Cli.run("build", MINIMAL, "--out", htmlOnly.toString(), "--format", "html").exitCode()).isZero();
        assertThat(Files.readString(htmlOnly.resolve("minimal.html"))).doesNotContain("minimal.md")
                .doesNotContain("minimal.pdf").doesNotContain("เอกสาร:");

        Path english = dir.resolve("english");
        Files.createDirectories(english);
        Path plan = english.resolve("en.plan.yaml");
        Files.writeString(plan, "lang: en\n" + Files.readString(Path.of(MINIMAL)));
        Path out = dir.resolve("english-site");
        Cli.Result r = Cli.run("build", plan.toString(), "--out", out.toString(), "--format", "md,html");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(Files.readString(out.resolve("en.html"))).contains(" · Documents: <a href=\"en.md\">Markdown</a>\n");
    }

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
    void thePdfStandardCanBeNoneAndAnUnknownOneIsAUsageError() throws IOException {
        Path out = dir.resolve("site");
        assertThat(Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "pdf").exitCode()).isZero();
        String tagged = new String(Files.readAllBytes(out.resolve("minimal.pdf")), StandardCharsets.ISO_8859_1);
        assertThat(tagged).contains("/StructTreeRoot").contains("<pdfuaid:part>2</pdfuaid:part>");
        // Another standard is another document: the build renders it again instead of keeping it.
        Cli.Result none = Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "pdf", "--pdf-standard", "NONE");
        assertThat(none.exitCode()).as(none.err()).isZero();
        assertThat(none.err()).contains("rendered 1 plan(s)");
        String plain = new String(Files.readAllBytes(out.resolve("minimal.pdf")), StandardCharsets.ISO_8859_1);
        assertThat(plain).doesNotContain("/StructTreeRoot").doesNotContain("pdfuaid");
        Cli.Result bad = Cli.run("build", MINIMAL, "--out", out.toString(), "--pdf-standard", "pdf/x");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("invalid value for --pdf-standard: 'pdf/x' (expected one of ua2-a4, none)");
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteAsItWas() throws IOException {
        Cli.Result r = brokenTemplateBuild("plan.md.ftl", "# ${title}\n\n${no_such_value}\n");
        assertThat(r.err()).containsPattern("plan\\.md\\.ftl:3:3: error\\[template\\]: ");
    }

    /** The index is made on a thread of its own while the plans render: its failure is still the build's, as before. */
    @Test
    void aBrokenIndexTemplateFailsTheBuildAndPublishesNothing() throws IOException {
        Cli.Result r = brokenTemplateBuild("index.ftlh", "<html>\n${no_such_value}\n</html>\n");
        assertThat(r.err()).containsPattern("index\\.ftlh:2:3: error\\[template\\]: ").doesNotContain("rendered");
    }

    /**
     * Builds a site, then builds again with template {@code name} broken: the second build fails
     * with exit 1 and no stack trace, and the site stays as the first build left it.
     */
    private Cli.Result brokenTemplateBuild(String name, String template) throws IOException {
        Path out = dir.resolve("site");
        assertThat(Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "md,html").exitCode()).isZero();
        Map<String, byte[]> before = snapshot(out);

        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve(name), template);
        Cli.Result r = Cli.run("build", MINIMAL, "examples/full.plan.yaml", "--out", out.toString(),
                "--format", "md,html", "--templates", templates.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("\tat ");
        Map<String, byte[]> after = snapshot(out);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((n, bytes) -> assertThat(after.get(n)).as(n).isEqualTo(bytes));
        return r;
    }

    /** A template that runs for ever, or writes without end, stops with a template error. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "<#list 1..1000000 as a><#list 1..1000000 as b></#list></#list>",
        "<#list 1..100000000000 as i>${i} </#list>"})
    @Tag("slow") // each waits out the template time limit
    void runawayTemplatesAreStopped(String body) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("plan.md.ftl"), "# ${title}\n\n" + body + "\n");
        Path out = dir.resolve("site");
        Cli.Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "md", "--templates",
                        templates.toString()));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(templates.resolve("plan.md.ftl") + ":").contains("error[template]")
                .containsPattern("ran longer than|wrote more than").doesNotContain("internal error");
        assertThat(out.resolve("minimal.md")).doesNotExist();
    }

    @Test
    void templateErrorsNameTheFileAndSayEverything() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("plan.md.ftl"), "# ${title}\n\n${no_such_value}\n");
        Cli.Result r = Cli.run("build", MINIMAL, "--out", dir.resolve("site").toString(), "--format", "md",
                "--templates", templates.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(templates.resolve("plan.md.ftl") + ":3:3: error[template]: ");
        // FreeMarker's whole explanation, not only its first line.
        assertThat(r.err()).contains("no_such_value").contains("Tip:");
    }

    @Test
    void aSymlinkedTemplateIsFollowed() throws IOException {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.writeString(shared.resolve("page.ftlh"),
                "<!DOCTYPE html><html lang=\"${lang}\"><title>${title}</title><p class=linked>${body?no_esc}</p></html>\n");
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.createSymbolicLink(templates.resolve("page.ftlh"), shared.resolve("page.ftlh"));
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "html",
                "--templates", templates.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("minimal.html"))).contains("<p class=linked>");
    }

    @Test
    void charactersThePdfFontLacksAreNamedInAWarning() throws IOException {
        Path file = dir.resolve("world.plan.yaml");
        Files.writeString(file, plan.testing.Plans.withVision("ผู้เรียนมีคุณภาพ 😀 中文 العربية"));
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", file.toString(), "--out", out.toString(), "--format", "pdf", "--lang", "en");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("world.plan.yaml").contains("warning").contains("U+1F600").contains("U+4E2D")
                .contains("U+0627");
        assertThat(r.err()).doesNotContain("U+0E1C"); // Thai is in the font
        assertThat(out.resolve("world.pdf")).isRegularFile();
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
        assertThat(d.get("file").asText()).isEqualTo(templates.resolve("plan.md.ftl").toString());
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
        assertThat(github.err()).contains("::error file=" + templates.resolve("plan.md.ftl") + ",line=3,col=3,title=template::");

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
        assertThat(r.exitCode()).as("the system refused an output: exit 2, in every command").isEqualTo(2);
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

    /** Issue 27, item 7: aligning with a framework of 700 items overflowed the stack of the table parser. */
    @Test
    void aFrameworkTooWideForAMatrixIsListedPerStrategy() throws IOException {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        StringBuilder items = new StringBuilder("id: wide\ntitle: กรอบกว้าง\nshort: กว้าง\nitems:\n");
        for (int i = 1; i <= 700; i++) {
            items.append("  - id: \"").append(i).append("\"\n    title: ข้อ ").append(i).append('\n');
        }
        Files.writeString(plans.resolve("wide.framework.yaml"), items);
        Files.writeString(plans.resolve("p.plan.yaml"), Files.readString(Path.of(MINIMAL))
                .replaceFirst("(?m)^title:", "align-to: [wide]\ntitle:")
                .replace("    goals: [G1]\n", "    goals: [G1]\n    aligns: [wide:1, wide:350]\n"));
        assertThat(Cli.run("check", plans.toString()).exitCode()).isZero();
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", plans.toString(), "--out", out.toString(), "--format", "md,html");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String md = Files.readString(out.resolve("p.md"));
        assertThat(md).contains("- [กลยุทธ์ที่ 1](#S1) พัฒนาคุณภาพผู้เรียน: 1, 350");
        assertThat(md.lines().mapToLong(l -> l.chars().filter(c -> c == '|').count()).max().orElse(0)).isLessThan(20);
    }

    /** Issue 27, item 7: a section's table of 1,000 columns passed the check and crashed the build. */
    @Test
    void aTableTooWideForAPageIsAnErrorAndRendersAsTextWhenWaived() throws IOException {
        String header = "| " + String.join(" | ", java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "c" + i).toList()) + " |";
        String section = "sections:\n  - id: wide\n    title: กว้าง\n    body: |\n      " + header + "\n      |"
                + "---|".repeat(1000) + "\n      |" + " x |".repeat(1000) + "\n";
        Path plan = Files.writeString(dir.resolve("wide.plan.yaml"), Files.readString(Path.of(MINIMAL)) + section);
        Cli.Result check = Cli.run("check", "--lang", "en", plan.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out() + check.err()).contains("error[markdown-nesting]").contains("more than 64 columns");
        Path out = dir.resolve("site");
        Cli.Result build = Cli.run("build", plan.toString(), "--out", out.toString(), "--format", "md,html");
        assertThat(build.exitCode()).as(build.err()).isEqualTo(1);
        assertThat(build.err()).doesNotContain("StackOverflow").doesNotContain("internal error");

        Files.writeString(plan, Files.readString(plan) + "waive:\n  markdown-nesting: a wide table on purpose\n");
        Cli.Result waived = Cli.run("build", plan.toString(), "--out", out.toString(), "--format", "md,html");
        assertThat(waived.exitCode()).as(waived.err()).isZero();
        assertThat(Files.readString(out.resolve("wide.html"))).contains("c999");
    }

    /** Issue 27, item 6: the documents of a deleted or renamed plan stayed in the site and were published. */
    @Test
    void theDocumentsOfADeletedOrRenamedPlanLeaveTheSiteButNoOtherFile() throws IOException {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        for (String id : List.of("kept", "deleted", "renamed", "edited")) {
            Files.writeString(plans.resolve(id + ".plan.yaml"), Files.readString(Path.of(MINIMAL))
                    .replaceFirst("(?m)^title:", "id: " + id + "\ntitle:"));
        }
        Path out = dir.resolve("site");
        assertThat(Cli.run("build", plans.toString(), "--out", out.toString(), "--format", "md,html").exitCode()).isZero();
        Files.writeString(out.resolve("notes.txt"), "the office's own file");
        Files.writeString(out.resolve("edited.md"), "changed by hand after the build");

        Files.delete(plans.resolve("deleted.plan.yaml"));
        Files.delete(plans.resolve("edited.plan.yaml"));
        Files.writeString(plans.resolve("renamed.plan.yaml"), Files.readString(plans.resolve("renamed.plan.yaml"))
                .replace("id: renamed", "id: new-name"));
        Cli.Result r = Cli.run("build", plans.toString(), "--out", out.toString(), "--format", "md,html");
        assertThat(r.exitCode()).as(r.err()).isZero();

        try (Stream<Path> all = Files.list(out)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList())
                    .as("the documents of the plans given, the index, and the files the build did not write")
                    .containsExactly("edited.md", "index.html", "kept.html", "kept.md", "new-name.html", "new-name.md",
                            "notes.txt");
        }
        assertThat(Files.readString(out.resolve("edited.md"))).isEqualTo("changed by hand after the build");
        assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("deleted.html").doesNotContain("renamed.html");
    }

    /** Issue 27, item 22: the index's check status is the office's own; a public site leaves it out. */
    @Test
    void theIndexShowsTheCheckStatusUnlessToldNotTo() throws IOException {
        Path preview = dir.resolve("preview");
        Path site = dir.resolve("public");
        assertThat(Cli.run("build", MINIMAL, "--out", preview.toString(), "--format", "html").exitCode()).isZero();
        Cli.Result r = Cli.run("build", MINIMAL, "--out", site.toString(), "--format", "html", "--no-check-status");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(preview.resolve("index.html"))).contains("ผลการตรวจ").contains("status-ok");
        String index = Files.readString(site.resolve("index.html"));
        assertThat(index).contains("href=\"minimal.html\"").doesNotContain("ผลการตรวจ").doesNotContain("status-")
                .doesNotContain("ผ่าน");
        assertThat(index.split("<th ", -1).length).as("one header cell fewer")
                .isEqualTo(Files.readString(preview.resolve("index.html")).split("<th ", -1).length - 1);
    }

    /** Issue 27, item 22: the build's state (absolute paths of the plan files among it) was published with the site. */
    @Test
    void theOutputFolderHoldsTheSiteAloneAndStillRebuildsIncrementally() throws IOException {
        Path out = dir.resolve("site");
        Files.createDirectories(out.resolve(".plan-cache"));
        Files.writeString(out.resolve(".plan-cache/minimal"), "an earlier version's state");
        Files.writeString(out.resolve(".plan.lock"), "");
        assertThat(Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "md,html").exitCode()).isZero();
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.map(p -> out.relativize(p).toString()).filter(n -> n.startsWith(".") || n.contains("/.")))
                    .as("no state, lock or staging in --out").isEmpty();
        }
        try (Stream<Path> all = Files.walk(out)) {
            String here = Path.of("").toAbsolutePath().toString();
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(p + " names no folder of this machine").doesNotContain(here).doesNotContain(dir.toString());
            }
        }
        assertThat(Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "md,html").err()).contains("1 up to date");
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
    void aPlanIdTooLongForAFileNameIsAnErrorOfThatPlanOnly() throws IOException {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.copy(Path.of(MINIMAL), plans.resolve("a.plan.yaml"));
        String longId = "ก".repeat(90); // 270 bytes in UTF-8: fits in 255 characters, not in 255 bytes
        Files.writeString(plans.resolve("b.plan.yaml"), Files.readString(Path.of(MINIMAL))
                .replaceFirst("(?m)^title:", "id: " + longId + "\ntitle:"));
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("check", "--lang", "en", plans.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).containsPattern("b\\.plan\\.yaml:\\d+:\\d+: error\\[wrong-type\\]: plan id .* bytes");
        Cli.Result b = Cli.run("build", plans.toString(), "--out", out.toString(), "--format", "md,html", "--lang", "en");
        assertThat(b.exitCode()).as(b.err()).isEqualTo(1);
        assertThat(b.err()).contains("rendered 1 plan(s)").doesNotContain("too long");
        assertThat(out.resolve("a.html")).isRegularFile();
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
        FileTime made = Files.getLastModifiedTime(out.resolve("a.md"));
        Files.setLastModifiedTime(out.resolve("a.md"), FileTime.fromMillis(made.toMillis() - 60_000));
        FileTime marked = Files.getLastModifiedTime(out.resolve("a.md"));

        Files.writeString(plans.resolve("b.plan.yaml"), Files.readString(plans.resolve("b.plan.yaml"))
                .replace("ฉบับทบทวน", "ฉบับทบทวนครั้งที่ 2"));
        Cli.Result second = Cli.run("build", plans.toString(), "--out", out.toString(), "--format", "md,html");
        assertThat(second.err()).contains("rendered 1 plan(s)").contains("1 up to date");
        assertThat(Files.getLastModifiedTime(out.resolve("a.md"))).as("not written again").isEqualTo(marked);
        assertThat(Files.readString(out.resolve("full-example.md"))).contains("ฉบับทบทวนครั้งที่ 2");

        Cli.Result other = Cli.run("build", plans.toString(), "--out", out.toString(), "--format", "md,html",
                "--thai-digits");
        assertThat(other.err()).contains("rendered 2 plan(s)");

        Cli.Result forced = Cli.run("build", plans.toString(), "--out", out.toString(), "--format", "md,html",
                "--thai-digits", "--force");
        assertThat(forced.err()).contains("rendered 2 plan(s)");
        assertThat(Files.getLastModifiedTime(out.resolve("a.md"))).isNotEqualTo(marked);
    }

    @Test
    void aDocumentChangedSinceItsBuildIsRenderedAgain() throws IOException {
        Path out = dir.resolve("site");
        assertThat(Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "md,html").exitCode()).isZero();
        byte[] html = Files.readAllBytes(out.resolve("minimal.html"));
        Files.writeString(out.resolve("minimal.md"), "edited by hand");
        Cli.Result again = Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "md,html");
        assertThat(again.err()).contains("rendered 1 plan(s)");
        assertThat(Files.readString(out.resolve("minimal.md"))).contains("กลยุทธ์ที่ 1");
        assertThat(Files.readAllBytes(out.resolve("minimal.html"))).isEqualTo(html);
        assertThat(Cli.run("build", MINIMAL, "--out", out.toString(), "--format", "md,html").err())
                .contains("1 up to date");
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
