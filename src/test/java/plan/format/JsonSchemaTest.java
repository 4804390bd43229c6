package plan.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import plan.testing.Cli;
import plan.testing.Golden;
import plan.testing.NodeScripts;

/**
 * {@code plan schema}: generated from the format description, committed under schema/, and
 * judged by an independent validator (Ajv, on YAML read as editors read it) to agree with the
 * binder on every sample file the project has.
 */
class JsonSchemaTest {
    private static final Path SCHEMAS = Path.of("schema");
    /** The binder's findings that an editor's schema is there to show (a key a plan with `base` may not write too). */
    private static final Set<String> SHAPE_RULES = Set.of("yaml-syntax", "unknown-key", "wrong-type", "missing-key",
            "base-inherited");

    @Test
    void committedSchemasAreTodays() throws IOException {
        for (FileKind kind : Format.STANDARD.fileKinds()) {
            Golden.assertMatches(SCHEMAS.resolve(kind.name() + ".schema.json"), JsonSchema.of(kind));
        }
        Cli.Result printed = Cli.run("schema");
        assertThat(printed.exitCode()).isZero();
        assertThat(printed.out()).isEqualTo(Files.readString(SCHEMAS.resolve("plan.schema.json")));
    }

    @Tag("slow") // Node and ajv (npm ci on first use)
    @Test
    void ajvAcceptsEveryPlanAndRejectsWhatTheBinderRejects() throws IOException {
        List<Path> samples = samples("plan");
        Map<Path, JsonNode> ajv = validate(SCHEMAS.resolve("plan.schema.json"), samples);

        for (String valid : List.of("plans/spm-sisaket-yasothon.plan.yaml", "plans/spp-mahasarakham-2.plan.yaml",
                "plans/spp-sisaket-2.plan.yaml", "examples/minimal.plan.yaml", "examples/full.plan.yaml",
                "examples/cascade/spp-example-1.plan.yaml", "examples/cascade/school-ban-khok.plan.yaml")) {
            assertThat(ajv.get(Path.of(valid)).get("valid").asBoolean()).as(valid + ": " + ajv.get(Path.of(valid))).isTrue();
        }
        for (String invalid : List.of("unknown-key", "wrong-type", "missing-key", "wrong-type--bad-id")) {
            Path file = Path.of("src/test/resources/rules", invalid + ".plan.yaml");
            assertThat(ajv.get(file).get("valid").asBoolean()).as(file.toString()).isFalse();
        }
        assertThat(ajv.get(Path.of("examples/broken.plan.yaml")).get("valid").asBoolean()).isFalse();
        // `S1` where another file's item belongs: the editor marks it as it is typed.
        assertThat(ajv.get(Path.of("src/test/resources/rules/unresolved-ref--cross-file/school.plan.yaml")).get("errors"))
                .extracting(JsonNode::asText).containsExactly("/strategies/0/aligns/4 must match pattern \"^[^:\\s]+:[^:\\s]+$\"");

        Agreement agreement = agreement(samples, ajv);
        assertThat(agreement.disagreements()).isEmpty();
        assertThat(agreement.accepted()).as("files the schema accepts").isGreaterThan(15);
        assertThat(agreement.rejected()).as("files with shape errors").isGreaterThan(8);
    }

    @Tag("slow") // Node and ajv (npm ci on first use)
    @Test
    void ajvAcceptsEveryShippedFrameworkAndRejectsTheBrokenOnesWithTheirFindings() throws IOException {
        List<Path> samples = samples("framework");
        Map<Path, JsonNode> ajv = validate(SCHEMAS.resolve("framework.schema.json"), samples);

        // What the project ships, and every framework its tests use as a valid one.
        List<Path> shipped = samples.stream()
                .filter(p -> p.startsWith("frameworks") || p.startsWith("examples")).toList();
        assertThat(shipped).contains(Path.of("frameworks/national-strategy.framework.yaml"),
                Path.of("frameworks/national-education-plan.framework.yaml"),
                Path.of("examples/cascade/obec-2568.framework.yaml"));
        for (Path valid : concat(shipped, List.of(Path.of("src/test/resources/conformance/cascade/ministry-2568.framework.yaml"),
                Path.of("src/test/resources/rules/strategy-aligns/policy.framework.yaml"),
                Path.of("src/test/resources/rules/unresolved-ref--nested-item/policy.framework.yaml")))) {
            assertThat(ajv.get(valid).get("valid").asBoolean()).as(valid + ": " + ajv.get(valid)).isTrue();
        }

        // The broken goldens, each with what the schema must say and where (JSON pointer, as an
        // editor marks it): the same findings as the binder's, by keyword instead of rule.
        Map<String, List<String>> expected = Map.of(
                "src/test/resources/rules/missing-key--framework/policy.framework.yaml",
                List.of("required / title", "required /items/0 id", "required /items/1 title"),
                "src/test/resources/rules/unknown-key--framework/policy.framework.yaml",
                List.of("additionalProperties / shrot", "additionalProperties /items/0 text"),
                "src/test/resources/rules/wrong-type--framework-item-id/policy.framework.yaml",
                List.of("pattern /items/0/id", "anyOf /items/0/id", "type /items/1/items"),
                "src/test/resources/conformance/cascade/broken-policy.framework.yaml",
                List.of("required / title", "additionalProperties /items/1 text"));
        expected.forEach((file, findings) -> {
            JsonNode report = ajv.get(Path.of(file));
            assertThat(report.get("valid").asBoolean()).as(file).isFalse();
            List<String> found = new ArrayList<>();
            Set<String> paths = new HashSet<>();
            report.get("found").forEach(f -> {
                found.add(f.get("keyword").asText() + " " + f.get("path").asText()
                        + (f.get("key").isNull() ? "" : " " + f.get("key").asText()));
                paths.add(f.get("path").asText());
            });
            assertThat(found).as(file).containsAll(findings);
            // Nothing flagged beyond the places the binder reports.
            assertThat(paths).as(file).isEqualTo(findings.stream().map(f -> f.split(" ")[1]).collect(Collectors.toSet()));
        });
        // What a schema cannot see (an id used twice, a blank title) it leaves to plan check.
        assertThat(ajv.get(Path.of("src/test/resources/rules/duplicate-id--framework/policy.framework.yaml"))
                .get("valid").asBoolean()).isTrue();

        Agreement agreement = agreement(samples, ajv);
        assertThat(agreement.disagreements()).isEmpty();
        assertThat(agreement.accepted()).as("frameworks the schema accepts").isGreaterThanOrEqualTo(9);
        assertThat(agreement.rejected()).as("frameworks with shape errors").isGreaterThanOrEqualTo(4);
    }

    @Test
    void editorsAreToldWhichSchemaFitsWhichKindOfFile() throws IOException {
        // What the format says: each kind of file, by the endings of its name, gets its schema.
        Map<String, List<String>> expected = new HashMap<>();
        for (FileKind kind : Format.STANDARD.fileKinds()) {
            Path schema = SCHEMAS.resolve(kind.name() + ".schema.json");
            assertThat(schema).exists();
            expected.put(schema.toString().replace('\\', '/'), kind.suffixes().stream().map(s -> "*" + s).toList());
        }
        assertThat(expected).containsKeys("schema/plan.schema.json", "schema/framework.schema.json");

        ObjectMapper json = new ObjectMapper();
        assertThat(yamlSchemas(json.readTree(Files.readString(Path.of(".vscode/settings.json")))))
                .as(".vscode/settings.json").isEqualTo(expected);
        Pattern block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);
        for (String doc : List.of("docs/format.md", "docs/guide.th.md")) {
            List<Map<String, List<String>>> snippets = new ArrayList<>();
            var m = block.matcher(Files.readString(Path.of(doc)));
            while (m.find()) {
                JsonNode node = json.readTree(m.group(1));
                if (node.has("yaml.schemas")) {
                    snippets.add(yamlSchemas(node));
                }
            }
            assertThat(snippets).as(doc + ": the settings it tells users to write").containsExactly(expected);
        }
        // Every file the project has is matched by one of those patterns, as VS Code matches them.
        for (FileKind kind : Format.STANDARD.fileKinds()) {
            List<String> globs = expected.get("schema/" + kind.name() + ".schema.json");
            for (Path file : samples(kind.name())) {
                assertThat(globs).as(file.toString()).anyMatch(g -> file.getFileSystem()
                        .getPathMatcher("glob:" + g).matches(file.getFileName()));
            }
        }
    }

    private static Map<String, List<String>> yamlSchemas(JsonNode settings) {
        Map<String, List<String>> map = new HashMap<>();
        settings.get("yaml.schemas").fields().forEachRemaining(e -> {
            List<String> globs = new ArrayList<>();
            e.getValue().forEach(g -> globs.add(g.asText()));
            map.put(e.getKey(), globs);
        });
        return map;
    }

    /** Where the binder and the schema judge a file's shape differently; the counts show both did judge. */
    private record Agreement(List<String> disagreements, int accepted, int rejected) {
    }

    private static Agreement agreement(List<Path> samples, Map<Path, JsonNode> ajv) throws IOException {
        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        int rejected = 0;
        for (Path file : samples) {
            Set<String> rules = rulesFound(file);
            boolean valid = ajv.get(file).get("valid").asBoolean();
            boolean shapeError = rules.stream().anyMatch(SHAPE_RULES::contains);
            boolean clean = !shapeError && !rules.contains("empty-text") // an empty list is both
                    && !(rules.contains("unresolved-ref") && onlyReferencePatterns(ajv.get(file)));
            if (shapeError && valid) {
                disagreements.add(file + ": the binder reports " + rules + " but the schema accepts it");
            } else if (clean && !valid) {
                disagreements.add(file + ": the binder accepts its shape but the schema says " + ajv.get(file).get("errors"));
            }
            accepted += valid ? 1 : 0;
            rejected += shapeError ? 1 : 0;
        }
        return new Agreement(disagreements, accepted, rejected);
    }

    /**
     * A reference that is not FRAMEWORK:ITEM or PLAN:ID is of the wrong shape to the schema's
     * pattern, while the binder, which knows what it may have meant, reports it as unresolved-ref.
     */
    private static boolean onlyReferencePatterns(JsonNode report) {
        List<JsonNode> found = new ArrayList<>();
        report.get("found").forEach(found::add);
        return !found.isEmpty() && found.stream().allMatch(f -> f.get("keyword").asText().equals("pattern")
                && f.get("path").asText().matches(".*/aligns/\\d+"));
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void theIdPatternsAcceptWhatTheBinderAcceptsInEveryScript() {
        Pattern id = Pattern.compile(Ids.pattern(false));
        Pattern item = Pattern.compile(Ids.pattern(true));
        List<String> disagreements = new ArrayList<>();
        for (int c = 0x20; c <= 0xFFFF; c++) {
            if (c >= 0xD800 && c <= 0xDFFF) {
                continue; // no character of its own
            }
            for (String s : List.of(Character.toString(c), "M" + Character.toString(c))) {
                if (id.matcher(s).matches() != Ids.isValid(s) || item.matcher(s).matches() != Ids.isValidItemId(s)) {
                    disagreements.add(String.format("U+%04X in \"%s\": schema %s, binder %s", c, s,
                            id.matcher(s).matches(), Ids.isValid(s)));
                }
            }
        }
        assertThat(disagreements).isEmpty();
        // Ids of other scripts than Latin and Thai (plan check accepts them); none beyond the BMP, for either.
        for (String s : List.of("กลยุทธ์ที่1", "計画-2568", "Σ1", "Д1", "ກ1", "\uFB011")) {
            assertThat(Ids.isValid(s)).as(s).isTrue();
            assertThat(id.matcher(s).matches()).as(s).isTrue();
        }
        for (String s : List.of("\uD835\uDC00-1", "A\uD840\uDC00", "\uD83D\uDE00a", "a\uD83D\uDE00")) {
            assertThat(Ids.isValid(s)).as(s).isFalse();
            assertThat(id.matcher(s).matches()).as(s).isFalse();
        }
        assertThat(id.matcher("1A").matches()).isFalse();
        assertThat(item.matcher("2.1").matches()).isTrue();
        assertThat(id.matcher("a b").matches()).isFalse();
    }

    @Test
    void aKeyAddedToTheDescriptionReachesTheSchemaAndNeedsItsWords() {
        Format extended = new Format(Map.of("goal", List.of(Key.optional("sponsor", new Type.Ref(Kind.MISSION)))));
        assertThatThrownBy(() -> JsonSchema.of(extended.plan()))
                .hasMessageContaining("goal.sponsor").hasMessageContaining("Thai and English");
    }

    @Test
    void everyKeyIsDescribedInThaiAndEnglish() {
        String schema = JsonSchema.of(Format.STANDARD.plan());
        assertThat(schema).contains("\"additionalProperties\": false", "\"$schema\": \"http://json-schema.org/draft-07/schema#\"",
                "วิสัยทัศน์", "The vision statement", "\"enum\": [\"th\", \"en\"]", "\"required\": [\"title\", \"organization\"");
    }

    @Test
    void theFrameworkSchemaIsPrintedAsCommitted() throws IOException {
        Cli.Result r = Cli.run("schema", "--framework");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(Files.readString(SCHEMAS.resolve("framework.schema.json")));
    }

    /** Every file of a kind (plan, framework) the project has, in folders and their subfolders. */
    private static List<Path> samples(String kind) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("plans", "frameworks", "examples", "src/test/resources/rules", "src/test/resources/conformance")) {
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                s.filter(p -> p.getFileName().toString().matches(".*\\." + kind + "\\.ya?ml")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static Set<String> rulesFound(Path file) throws IOException {
        Cli.Result r = Cli.run("check", "--format", "json", file.toString());
        Set<String> rules = new HashSet<>();
        new ObjectMapper().readTree(r.out()).forEach(d -> rules.add(d.get("rule").asText()));
        return rules;
    }

    private static Map<Path, JsonNode> validate(Path schema, List<Path> files) throws IOException {
        List<String> args = new ArrayList<>(List.of(schema.toAbsolutePath().toString()));
        files.forEach(f -> args.add(f.toAbsolutePath().toString()));
        JsonNode reports = new ObjectMapper().readTree(NodeScripts.run("validate-schema.mjs", args));
        Map<Path, JsonNode> byFile = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            byFile.put(files.get(i), reports.get(i));
        }
        return byFile;
    }
}
