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
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import plan.bind.Ids;
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
    /** The binder's findings that an editor's schema is there to show. */
    private static final Set<String> SHAPE_RULES = Set.of("yaml-syntax", "unknown-key", "wrong-type", "missing-key");

    @Test
    void committedSchemasAreTodays() throws IOException {
        for (FileKind kind : Format.STANDARD.fileKinds()) {
            Golden.assertMatches(SCHEMAS.resolve(kind.name() + ".schema.json"), JsonSchema.of(kind));
        }
        Cli.Result printed = Cli.run("schema");
        assertThat(printed.exitCode()).isZero();
        assertThat(printed.out()).isEqualTo(Files.readString(SCHEMAS.resolve("plan.schema.json")));
    }

    @Test
    void ajvAcceptsEveryPlanAndRejectsWhatTheBinderRejects() throws IOException {
        List<Path> samples = samples();
        Map<Path, Set<String>> binder = new HashMap<>();
        for (Path file : samples) {
            binder.put(file, rulesFound(file));
        }
        Map<Path, JsonNode> ajv = validate(SCHEMAS.resolve("plan.schema.json"), samples);

        for (String valid : List.of("plans/spm-sisaket-yasothon.plan.yaml", "plans/spp-mahasarakham-2.plan.yaml",
                "plans/spp-sisaket-2.plan.yaml", "examples/minimal.plan.yaml", "examples/full.plan.yaml")) {
            assertThat(ajv.get(Path.of(valid)).get("valid").asBoolean()).as(valid + ": " + ajv.get(Path.of(valid))).isTrue();
        }
        for (String invalid : List.of("unknown-key", "wrong-type", "missing-key", "wrong-type--bad-id")) {
            Path file = Path.of("src/test/resources/rules", invalid + ".plan.yaml");
            assertThat(ajv.get(file).get("valid").asBoolean()).as(file.toString()).isFalse();
        }
        assertThat(ajv.get(Path.of("examples/broken.plan.yaml")).get("valid").asBoolean()).isFalse();

        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        int rejected = 0;
        for (Path file : samples) {
            Set<String> rules = binder.get(file);
            boolean valid = ajv.get(file).get("valid").asBoolean();
            boolean shapeError = rules.stream().anyMatch(SHAPE_RULES::contains);
            boolean clean = !shapeError && !rules.contains("empty-text"); // an empty list is both
            if (shapeError && valid) {
                disagreements.add(file + ": the binder reports " + rules + " but the schema accepts it");
            } else if (clean && !valid) {
                disagreements.add(file + ": the binder accepts its shape but the schema says " + ajv.get(file).get("errors"));
            }
            accepted += valid ? 1 : 0;
            rejected += shapeError ? 1 : 0;
        }
        assertThat(disagreements).isEmpty();
        assertThat(accepted).as("files the schema accepts").isGreaterThan(15);
        assertThat(rejected).as("files with shape errors").isGreaterThan(8);
    }

    @Test
    void theIdPatternAcceptsWhatTheBinderAcceptsForLatinAndThai() {
        Pattern id = Pattern.compile(JsonSchema.ID_PATTERN);
        List<String> disagreements = new ArrayList<>();
        for (int c = 0x20; c <= 0x0E7F; c = c == 0x024F ? 0x0E00 : c + 1) {
            for (String s : List.of(Character.toString(c), "M" + Character.toString(c))) {
                if (id.matcher(s).matches() != Ids.isValid(s)) {
                    disagreements.add(String.format("U+%04X in \"%s\": schema %s, binder %s", c, s,
                            id.matcher(s).matches(), Ids.isValid(s)));
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(id.matcher("กลยุทธ์ที่1").matches()).isTrue();
        assertThat(id.matcher("1A").matches()).isFalse();
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
    void frameworkSchemaIsAUsageErrorUntilTheFormatHasFrameworks() {
        boolean known = Format.STANDARD.fileKinds().stream().anyMatch(k -> k.name().equals("framework"));
        Cli.Result r = Cli.run("schema", "--framework");
        assertThat(r.exitCode()).isEqualTo(known ? 0 : 2);
    }

    private static List<Path> samples() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("plans", "examples", "src/test/resources/rules", "src/test/resources/conformance")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().matches(".*\\.plan\\.ya?ml")).sorted().forEach(files::add);
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
