package plan.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One package a pipeline stage, dependencies pointing down: cli -> serve (a live preview) -> app -> workspace (every file
 * of a run, rules across files) -> check, bind, load; importer (documents to a draft model) and diff (changes between two models) beside check; app -> render.site (a plan's documents) -> render; below them all the format
 * description (format), then model and diag. Checked on the sources' imports (and fully qualified
 * uses), so a shortcut across the layers fails the build instead of creeping in.
 */
class LayeringTest {
    private static final Path SOURCES = Path.of("src/main/java/plan");
    private static final Pattern USE = Pattern.compile("\\bplan\\.(cli|serve|app|workspace|render|check|diff|importer|bind|load|format|model|diag)\\b(\\.(markdown|html|pdf|site|export)\\b)?");

    /** Stage -> the stages it may use (itself always allowed). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.<String>of()),
            Map.entry("diag", Set.<String>of()),
            Map.entry("format", Set.of("model", "diag")),
            Map.entry("load", Set.of("diag")),
            Map.entry("bind", Set.of("load", "format", "model", "diag")),
            Map.entry("check", Set.of("format", "model", "diag")),
            // import reads documents into the model, beside check: it never binds or checks
            Map.entry("importer", Set.of("format", "model", "diag")),
            // diff walks two bound models by the description, beside check: it never loads or binds
            Map.entry("diff", Set.of("format", "model", "diag")),
            Map.entry("render", Set.of("model", "diag", "render")),
            Map.entry("render.markdown", Set.of("render", "format", "model")),
            Map.entry("render.html", Set.of("render", "render.markdown", "model")),
            // the PDF stands on nothing of the tool's but render's ThaiDigits: one way to write numbers in every document
            Map.entry("render.pdf", Set.of("render")),
            // the exports read the model (and the report's title and labels), beside the documents
            Map.entry("render.export", Set.of("render", "render.markdown", "format", "model")),
            Map.entry("render.site", Set.of("render", "render.markdown", "render.html", "render.pdf", "render.export", "format", "model", "diag")),
            Map.entry("workspace", Set.of("load", "bind", "check", "format", "model", "diag")),
            Map.entry("app", Set.of("workspace", "importer", "diff", "load", "bind", "check", "render", "render.markdown", "render.html", "render.pdf", "render.site", "format", "model", "diag")),
            // serve sits beside build: app's check, render and publish steps, into memory, over HTTP
            Map.entry("serve", Set.of("app", "bind", "load", "render.site", "format", "model", "diag")));

    @Test
    void dependenciesPointDown() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String stage = stageOf(SOURCES.relativize(file.getParent()).toString().replace('/', '.'));
                if (stage.equals("cli")) {
                    continue; // the top: may use anything
                }
                String code = Files.readString(file).replaceAll("(?m)^package .*$", "");
                Matcher m = USE.matcher(code);
                while (m.find()) {
                    String used = m.group(1) + (m.group(3) != null && m.group(1).equals("render") ? "." + m.group(3) : "");
                    if (!used.equals(stage) && !ALLOWED.getOrDefault(stage, Set.of()).contains(used)) {
                        violations.add(file + " (" + stage + ") uses " + used);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** A package nobody placed in the layers would be allowed nothing and fail above; say why here. */
    @Test
    void everyPackageIsAStage() throws IOException {
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            List<String> unplaced = dirs.filter(Files::isDirectory).filter(d -> !d.equals(SOURCES))
                    .map(d -> SOURCES.relativize(d).toString().replace('/', '.'))
                    .filter(stage -> !stage.equals("cli") && !ALLOWED.containsKey(stage)).toList();
            assertThat(unplaced).as("packages missing from ALLOWED").isEmpty();
        }
    }

    private static String stageOf(String packagePath) {
        return packagePath.isEmpty() ? "" : packagePath;
    }
}
