package plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.render.export.ExportSchema;
import plan.testing.Cli;
import plan.testing.Golden;
import plan.testing.NodeScripts;

/**
 * {@code plan build --format json,csv} as an office's other systems take it: the documents parse,
 * their figures agree with the plan's printed ones, they validate against the committed schemas
 * (by Ajv, independent of the code that writes them), the tables open in a spreadsheet.
 */
class ExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ACTION_PLAN = Path.of("examples/action-plan.plan.yaml");
    private static final Path SCHEMAS = Path.of("schema");

    @TempDir
    Path dir;

    @Test
    void thePlansJsonHoldsEveryProjectsBudgetAndTheTotalTheDocumentPrints() throws IOException {
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", ACTION_PLAN.toString(), "--out", out.toString(), "--format", "md,json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode plan = JSON.readTree(out.resolve("action-plan.json").toFile());
        assertThat(plan.get("kind").asText()).isEqualTo("plan");
        assertThat(plan.get("id").asText()).isEqualTo("action-plan");

        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode p : plan.get("projects")) {
            sum = sum.add(new BigDecimal(p.get("budget").get("total").asText()));
        }
        BigDecimal total = new BigDecimal(plan.get("budgetTotal").asText());
        assertThat(sum).isEqualByComparingTo(total);
        // The budget chapter's last total row, as the document prints it (314,250.50).
        Matcher printed = Pattern.compile("(?m)^\\| \\| \\*\\*รวม\\*\\* \\| \\| \\*\\*([0-9,.]+)\\*\\*")
                .matcher(Files.readString(out.resolve("action-plan.md")));
        assertThat(printed.find()).isTrue();
        assertThat(new BigDecimal(printed.group(1).replace(",", ""))).isEqualByComparingTo(total);
        assertThat(plan.get("budgetTotal").asText()).as("exact, with both satang digits").matches("[0-9]+\\.[0-9]{2}");

        JsonNode s1 = plan.get("strategies").get(0);
        assertThat(s1.get("label").asText()).isEqualTo("กลยุทธ์ที่ 1");
        assertThat(s1.get("guidelines").get(0).get("number").asText()).isEqualTo("1.1");
        assertThat(plan.get("projects").get(0).get("strategies")).isNotEmpty();
    }

    @Test
    void anActionPlanSaysWhichItemsItInheritsAndFromWhichPlan() throws IOException {
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", "examples/yearly", "--out", out.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode action = JSON.readTree(out.resolve("action-plan-2569.json").toFile());
        assertThat(action.get("base").get("id").asText()).isEqualTo("development-plan");
        assertThat(action.get("vision").get("inheritedFrom").asText()).isEqualTo("development-plan");
        for (JsonNode s : action.get("strategies")) {
            assertThat(s.get("inheritedFrom").asText()).isEqualTo("development-plan");
        }
        for (JsonNode p : action.get("projects")) {
            assertThat(p.has("inheritedFrom")).as("a project is the plan's own").isFalse();
        }
        JsonNode base = JSON.readTree(out.resolve("development-plan.json").toFile());
        assertThat(base.has("base")).isFalse();
        assertThat(base.get("strategies").get(0).has("inheritedFrom")).isFalse();
    }

    @Test
    void aResultsFilesJsonHasItsReportsFigures() throws IOException {
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", ACTION_PLAN.toString(), "examples/action-plan-q2.results.yaml",
                "examples/action-plan-year-end.results.yaml", "--out", out.toString(), "--format", "md,json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode q2 = JSON.readTree(out.resolve("action-plan-q2.json").toFile());
        assertThat(q2.get("asOf").asText()).isEqualTo("2568-03-31");
        assertThat(q2.get("quarter").asInt()).isEqualTo(2);
        JsonNode summary = q2.get("summary");
        JsonNode counts = summary.get("indicators");
        assertThat(counts.get("reported").asInt()).isEqualTo(counts.get("met").asInt() + counts.get("not-met").asInt()
                + counts.get("no-target").asInt());
        assertThat(counts.get("total").asInt()).isEqualTo(counts.get("reported").asInt() + counts.get("not-reported").asInt());
        // The report's summary line, with the same figures.
        String report = Files.readString(out.resolve("action-plan-q2.md"));
        assertThat(report).contains("ตัวชี้วัดที่บรรลุค่าเป้าหมาย **" + counts.get("met").asInt() + "** จากที่รายงาน "
                + counts.get("reported").asInt() + " (× ไม่บรรลุ " + counts.get("not-met").asInt());
        assertThat(report).contains("**" + printed(summary.get("spent")) + "** ของ " + printed(summary.get("allocated"))
                + " บาท (ร้อยละ " + summary.get("percent").asText() + ")");
        BigDecimal spent = BigDecimal.ZERO;
        for (JsonNode p : q2.get("projects")) {
            // Spending not reported is left out, never 0 (P2 gives a status and no spending).
            spent = p.has("spent") ? spent.add(new BigDecimal(p.get("spent").asText())) : spent;
            assertThat(p.has("percent")).isEqualTo(p.has("spent"));
            assertThat(p.get("status").asText()).isIn("not-started", "on-track", "delayed", "done", "cancelled",
                    "not-reported");
        }
        assertThat(q2.get("projects")).anySatisfy(p -> assertThat(p.has("spent")).isFalse());
        assertThat(spent).isEqualByComparingTo(new BigDecimal(summary.get("spent").asText()));
        for (JsonNode i : q2.get("indicators")) {
            assertThat(i.get("status").asText()).isIn("met", "not-met", "no-target", "not-reported");
            assertThat(i.has("value")).isEqualTo(!i.get("status").asText().equals("not-reported"));
        }
        JsonNode yearEnd = JSON.readTree(out.resolve("action-plan-year-end.json").toFile());
        assertThat(yearEnd.get("previous").get("id").asText()).isEqualTo("action-plan-q2");
        assertThat(yearEnd.get("quarter").asInt()).isEqualTo(4);
    }

    @Test
    void everyExportOfThePlansAndExamplesValidatesAgainstItsSchema() throws IOException {
        List<Path> json = new ArrayList<>();
        for (String folder : List.of("plans", "examples")) {
            Path out = dir.resolve(folder);
            // With the frameworks the cascade aligns with: its plans build, their frameworks exported by title.
            Cli.Result r = Cli.run("build", folder, "frameworks", "--out", out.toString(), "--format", "json");
            assertThat(r.exitCode()).as(r.err()).isIn(0, 1); // examples/ has its broken files
            try (Stream<Path> files = Files.list(out)) {
                files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(json::add);
            }
        }
        List<Path> plans = new ArrayList<>();
        List<Path> results = new ArrayList<>();
        for (Path f : json) {
            (JSON.readTree(f.toFile()).get("kind").asText().equals("results") ? results : plans).add(f);
        }
        assertThat(plans).as("plans exported").hasSizeGreaterThan(10);
        assertThat(plans).contains(dir.resolve("examples/school-ban-khok.json"), dir.resolve("examples/action-plan-2569.json"));
        assertThat(results).as("results exported").hasSizeGreaterThanOrEqualTo(2);
        assertValid(SCHEMAS.resolve("plan-export.schema.json"), plans);
        assertValid(SCHEMAS.resolve("results-export.schema.json"), results);
        // The schemas are closed: a key the writer adds without the schema knowing it fails here.
        assertThat(validate(SCHEMAS.resolve("results-export.schema.json"), plans.subList(0, 1)).get(0)
                .get("valid").asBoolean()).isFalse();
    }

    @Test
    void idsOfAnyScriptThatCheckAcceptsValidateAgainstTheExportSchema() throws IOException {
        // Chinese, Greek, Cyrillic, Lao, a Latin ligature and a Korean letter: plan check takes them all.
        Path plan = Files.writeString(dir.resolve("ids.plan.yaml"), """
                id: 計画-2568
                title: แผนทดสอบรหัส
                organization: {name: โรงเรียน}
                period: {from: 2568, to: 2568}
                vision: วิสัยทัศน์
                missions:
                  - {id: Σ1, text: พันธกิจ}
                goals:
                  - id: Д1
                    text: เป้าประสงค์
                    missions: [Σ1]
                    indicators:
                      - {id: ตช๑, text: ตัวชี้วัด, targets: {2568: 80}}
                strategies:
                  - {id: ກ1, title: กลยุทธ์, goals: [Д1], guidelines: [แนวทาง]}
                projects:
                  - {id: \uFB011, title: โครงการ, strategies: [ກ1], budget: 100}
                  - {id: 가-2, title: โครงการสอง, strategies: [ກ1], budget: 100}
                """);
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", plan.toString(), "--out", out.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        Path json = out.resolve("計画-2568.json");
        assertThat(JSON.readTree(json.toFile()).get("projects").get(1).get("id").asText()).isEqualTo("가-2");
        assertValid(SCHEMAS.resolve("plan-export.schema.json"), List.of(json));
    }

    @Test
    void theCommittedSchemasAreTodays() throws IOException {
        Golden.assertMatches(SCHEMAS.resolve("plan-export.schema.json"), ExportSchema.plan());
        Golden.assertMatches(SCHEMAS.resolve("results-export.schema.json"), ExportSchema.results());
        Cli.Result printed = Cli.run("schema", "--export", "--results");
        assertThat(printed.exitCode()).isZero();
        assertThat(printed.out()).isEqualTo(Files.readString(SCHEMAS.resolve("results-export.schema.json")));
        Cli.Result refused = Cli.run("schema", "--export", "--framework");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("frameworks are not exported").doesNotContain("Exception");
    }

    @Test
    void theCsvTablesOpenInASpreadsheetWithTheirThaiAndOneRowEach() throws IOException {
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", ACTION_PLAN.toString(), "examples/action-plan-q2.results.yaml", "--out",
                out.toString(), "--format", "json,csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode plan = JSON.readTree(out.resolve("action-plan.json").toFile());

        List<List<String>> projects = csv(out.resolve("action-plan.projects.csv"));
        assertThat(projects.get(0)).startsWith("id", "number", "label", "title");
        assertThat(projects).hasSize(1 + plan.get("projects").size());
        for (int i = 0; i < plan.get("projects").size(); i++) {
            JsonNode p = plan.get("projects").get(i);
            assertThat(projects.get(i + 1).get(0)).isEqualTo(p.get("id").asText());
            assertThat(projects.get(i + 1).get(3)).isEqualTo(p.get("title").asText()); // Thai, as written
            assertThat(projects.get(i + 1).get(9)).isEqualTo(p.get("budget").get("total").asText());
        }

        int rows = 0;
        for (String owners : List.of("goals", "strategies", "projects")) {
            for (JsonNode owner : plan.get(owners)) {
                for (JsonNode i : owner.get("indicators")) {
                    rows += Math.max(1, i.get("targets").size());
                }
            }
        }
        assertThat(rows).isGreaterThan(0);
        assertThat(csv(out.resolve("action-plan.indicators.csv"))).hasSize(1 + rows);

        JsonNode q2 = JSON.readTree(out.resolve("action-plan-q2.json").toFile());
        List<List<String>> values = csv(out.resolve("action-plan-q2.indicators.csv"));
        assertThat(values).hasSize(1 + q2.get("indicators").size());
        assertThat(values.get(0)).contains("target", "value", "status", "note");
        List<List<String>> execution = csv(out.resolve("action-plan-q2.projects.csv"));
        assertThat(execution).hasSize(1 + q2.get("projects").size());
        assertThat(execution.get(1).get(2)).isEqualTo(q2.get("projects").get(0).get("status").asText());
    }

    @Test
    void aThaiFileNameAndTextThatNeedsQuotingRoundTrip() throws IOException {
        String title = "โครงการ \"อ่านออก, เขียนได้\"";
        String plan = Files.readString(Path.of("examples/minimal.plan.yaml"), StandardCharsets.UTF_8)
                + "projects:\n  - id: P1\n    title: '" + title + "'\n    strategies: [S1]\n    budget: 1250.5\n"
                + "    owner: '=ครูสมชาย'\n";
        Path file = dir.resolve("แผนโรงเรียน.plan.yaml");
        Files.writeString(file, plan, StandardCharsets.UTF_8);
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", file.toString(), "--out", out.toString(), "--format", "json,csv");
        assertThat(r.exitCode()).as(r.err()).isIn(0);
        assertThat(out.resolve("แผนโรงเรียน.json")).isRegularFile();
        byte[] bytes = Files.readAllBytes(out.resolve("แผนโรงเรียน.projects.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").contains("\"โครงการ \"\"อ่านออก, เขียนได้\"\"\"");
        List<String> row = csv(out.resolve("แผนโรงเรียน.projects.csv")).get(1);
        assertThat(row.get(3)).isEqualTo(title);
        assertThat(row.get(4)).as("a formula kept a text").isEqualTo("'=ครูสมชาย");
        assertThat(row.get(9)).isEqualTo("1250.50");
        assertThat(JSON.readTree(out.resolve("แผนโรงเรียน.json").toFile()).get("projects").get(0).get("owner").asText())
                .isEqualTo("=ครูสมชาย");
    }

    @Test
    void aResultsFileWithErrorsIsNotExportedAndThePlansExportStillIs() throws IOException {
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", ACTION_PLAN.toString(), "examples/broken.results.yaml", "--out", out.toString(),
                "--format", "json,csv");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("examples/broken.results.yaml:").doesNotContain("Exception");
        assertThat(out.resolve("action-plan.json")).isRegularFile();
        assertThat(out.resolve("action-plan.projects.csv")).isRegularFile();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("broken"));
        }
    }

    @Test
    void exportsArePartOfThePlansOutputsAndGoWhenNoLongerAskedFor() throws IOException {
        Path out = dir.resolve("site");
        assertThat(Cli.run("build", ACTION_PLAN.toString(), "--out", out.toString(), "--format", "md,json,csv")
                .exitCode()).isZero();
        Cli.Result again = Cli.run("build", ACTION_PLAN.toString(), "--out", out.toString(), "--format", "md,json,csv",
                "--lang", "en");
        assertThat(again.err()).contains("rendered 0 plan(s)").contains("1 up to date");
        Files.delete(out.resolve("action-plan.indicators.csv"));
        Cli.run("build", ACTION_PLAN.toString(), "--out", out.toString(), "--format", "md,json,csv");
        assertThat(out.resolve("action-plan.indicators.csv")).as("a missing export is made again").isRegularFile();

        assertThat(Cli.run("build", ACTION_PLAN.toString(), "--out", out.toString(), "--format", "md").exitCode()).isZero();
        assertThat(out.resolve("action-plan.md")).isRegularFile();
        assertThat(out.resolve("action-plan.json")).doesNotExist();
        assertThat(out.resolve("action-plan.projects.csv")).doesNotExist();
    }

    @Test
    void aShardsOutputsIncludeItsExportsAndTheMergeHasThemAll() throws IOException {
        List<Path> shards = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            Path shard = dir.resolve("s" + k);
            Cli.Result r = Cli.run("build", ACTION_PLAN.toString(), "examples/action-plan-q2.results.yaml",
                    "examples/minimal.plan.yaml", "--shard", k + "/2", "--format", "md,json,csv", "--out", shard.toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            shards.add(shard);
        }
        Path out = dir.resolve("out");
        Cli.Result merged = Cli.run("merge", out.toString(), shards.get(0).toString(), shards.get(1).toString());
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        for (String id : List.of("action-plan", "action-plan-q2", "minimal")) {
            for (String name : List.of(id + ".json", id + ".projects.csv", id + ".indicators.csv")) {
                assertThat(out.resolve(name)).as(name).isRegularFile();
            }
        }
    }

    /** An exported amount as the documents print it (113,500; 314,250.50). */
    private static String printed(JsonNode amount) {
        return plan.model.Money.format(new BigDecimal(amount.asText()));
    }

    private static void assertValid(Path schema, List<Path> files) throws IOException {
        List<JsonNode> reports = validate(schema, files);
        for (int i = 0; i < files.size(); i++) {
            assertThat(reports.get(i).get("valid").asBoolean()).as(files.get(i) + ": " + reports.get(i).get("errors"))
                    .isTrue();
        }
    }

    private static List<JsonNode> validate(Path schema, List<Path> files) throws IOException {
        List<String> args = new ArrayList<>(List.of(schema.toAbsolutePath().toString()));
        files.forEach(f -> args.add(f.toAbsolutePath().toString()));
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(NodeScripts.run("validate-schema.mjs", args)).forEach(out::add);
        return out;
    }

    /** A CSV file read as RFC 4180 says, after its byte order mark. */
    static List<List<String>> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("the last line ends in CRLF").isEmpty();
        for (List<String> r : rows) {
            assertThat(r).as("every row as wide as the header").hasSameSizeAs(rows.get(0));
        }
        return rows;
    }
}
