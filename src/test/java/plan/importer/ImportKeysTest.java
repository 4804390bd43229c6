package plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import plan.diag.Messages;
import plan.format.Format;
import plan.format.Type;
import plan.format.Type.Dict;
import plan.format.Type.Either;
import plan.format.Type.Lazy;
import plan.format.Type.ListOf;
import plan.format.Type.Struct;
import plan.model.Section;
import plan.model.Text;
import plan.testing.Cli;
import plan.testing.SeedLines;

/**
 * What import produces speaks the format description's words: every key of a written plan file
 * is a key of the mapping the description puts there, and the recognizer's chapter names, label
 * keys and comment paths are the description's. Read from the offices' documents (as text, one as Word too)
 * and from the Markdown of examples that hold parts, project forms and a situation analysis.
 */
class ImportKeysTest {
    private static final Struct PLAN = Format.STANDARD.plan().root();

    @TempDir
    Path dir;

    @Test
    void everythingImportWritesIsAKeyOfTheDescription() throws Exception {
        List<Path> sources = sources();
        assertThat(sources).hasSizeGreaterThanOrEqualTo(7);
        int keys = 0;
        for (Path source : sources) {
            Path target = dir.resolve(source.getFileName() + ".plan.yaml");
            Importer.Result result = Importer.importFile(source, target, true, null, new Messages(Locale.ENGLISH));
            List<String> unknown = new ArrayList<>();
            keys += check(PLAN, yaml(target), "", unknown);
            assertThat(unknown).as("keys written for %s", source.getFileName()).isEmpty();

            Draft draft = result.draft();
            List<String> sectionIds = draft.plan().sections().stream().map(Section::id).map(Text::value).toList();
            assertThat(draft.plan().outline()).as("outline of %s", source.getFileName()).map(Text::value)
                    .allSatisfy(c -> assertThat(Format.CHAPTERS.contains(c) || sectionIds.contains(c)).as(c).isTrue());
            assertThat(draft.plan().labels().keySet()).as("labels of %s", source.getFileName()).isSubsetOf(Format.LABEL_KEYS);
            assertThat(draft.comments().keySet()).as("comment paths of %s", source.getFileName())
                    .allSatisfy(path -> assertThat(resolves(PLAN, path.split("\\."))).as(path).isTrue());
        }
        assertThat(keys).as("keys looked at").isGreaterThan(500);
    }

    /** The seeds as text and as Word, and the Markdown of three examples as a plan's document. */
    private List<Path> sources() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String seed : List.of("spp-sisaket-2", "spm-sisaket-yasothon", "spp-mahasarakham-2")) {
            String text = Files.readString(SeedLines.DIR.resolve(seed + ".txt"));
            out.add(Files.writeString(dir.resolve(seed + ".txt"), text));
            if (seed.equals("spp-sisaket-2")) { // one as Word too: its own numbering and heading styles
                out.add(Files.write(dir.resolve(seed + ".docx"), WordFixtures.wordNumbered(text)));
            }
        }
        Path site = dir.resolve("site");
        Cli.Result built = Cli.run("build", "examples/official/official-action-plan.plan.yaml",
                "examples/situation-analysis.plan.yaml", "examples/full.plan.yaml", "--format", "md", "--out", site.toString());
        assertThat(built.exitCode()).as(built.err()).isZero();
        try (Stream<Path> files = Files.list(site)) {
            files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().startsWith("index")).forEach(out::add);
        }
        return out;
    }

    /** Counts the keys under {@code value}; adds to {@code unknown} each one {@code type} has no place for. */
    @SuppressWarnings("unchecked")
    private static int check(Type type, Object value, String path, List<String> unknown) {
        int n = 0;
        if (type instanceof Lazy l) {
            return check(l.get(), value, path, unknown);
        } else if (type instanceof Either e) {
            return value instanceof Map ? check(e.struct(), value, path, unknown) : 0;
        } else if (type instanceof ListOf l && value instanceof List<?> items) {
            for (Object item : items) {
                n += check(l.item(), item, path + "[]", unknown);
            }
        } else if (type instanceof Struct s && value instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                n++;
                if (s.key(e.getKey()) == null) {
                    unknown.add(path + "." + e.getKey());
                } else {
                    n += check(s.key(e.getKey()).type(), e.getValue(), path + "." + e.getKey(), unknown);
                }
            }
        } else if (type instanceof Dict d && value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                n++;
                if (d.vocabulary() != null && !d.vocabulary().contains(String.valueOf(e.getKey()))) {
                    unknown.add(path + "." + e.getKey());
                }
                n += check(d.value(), e.getValue(), path + "." + e.getKey(), unknown);
            }
        }
        return n;
    }

    /**
     * A comment's path ({@code goals[0].missions}, {@code sections.ID}, {@code organization.name}):
     * each step a key of the mapping it stands in; after a list of items a step may be an item's id.
     */
    private static boolean resolves(Type type, String[] steps) {
        Type at = type;
        boolean inList = false;
        for (String step : steps) {
            String key = step.replaceFirst("\\[\\d+]$", "");
            Struct s = struct(at);
            if (s != null && s.key(key) != null) {
                Type next = s.key(key).type();
                inList = next instanceof ListOf;
                at = next;
            } else if (!(inList && s != null)) {
                return false; // neither a key nor an item's id
            } else {
                inList = false;
            }
        }
        return true;
    }

    private static Struct struct(Type type) {
        if (type instanceof Struct s) {
            return s;
        } else if (type instanceof ListOf l) {
            return struct(l.item());
        } else if (type instanceof Either e) {
            return e.struct();
        } else if (type instanceof Lazy l) {
            return struct(l.get());
        }
        return null;
    }

    private static Object yaml(Path file) throws IOException {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
    }
}
