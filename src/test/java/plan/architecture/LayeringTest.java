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
 * One package a pipeline stage, dependencies pointing down: cli -> serve (a live preview) -> app (build and merge
 * orchestration) -> app.shard -> app.publish; app.check (check over files on disk) -> cache (how check results are
 * remembered: it implements the workspace's ResultMemory) -> workspace (every file of a run, rules across files) ->
 * check, bind, load; importer (documents to a draft model)
 * and diff (changes between two models) beside check; app -> render.site (a plan's documents) -> render, with the
 * exports for other systems (render.export) beside the Markdown; the PDF
 * typesetting (render.pdf) over its structure tree (render.pdf.tagged) over fonts, shaping and line breaking
 * (render.pdf.text); below them all the format description (format), then model and diag. Checked on the sources'
 * imports (and fully qualified uses), so a shortcut across the layers fails the build instead of creeping in.
 */
class LayeringTest {
    private static final Path SOURCES = Path.of("src/main/java/plan");
    /** A use of a package of the tool: the longest stage its name starts with is the stage used. */
    private static final Pattern USE = Pattern.compile("\\bplan((?:\\.[a-z]+)+)\\b");

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
            // fonts, shaping and Thai line breaking: text as glyphs and lines, knowing nothing of documents;
            // a font it refuses says why as a message of diag's bundles, worded in the reader's language
            Map.entry("render.pdf.text", Set.of("render", "diag")),
            // the structure tree, links, page labels and the standards a PDF claims: over the laid-out text
            Map.entry("render.pdf.tagged", Set.of("render", "render.pdf.text")),
            // the PDF stands on nothing of the tool's but render's ThaiDigits: one way to write numbers in every document
            Map.entry("render.pdf", Set.of("render", "render.pdf.text", "render.pdf.tagged")),
            // the exports read the model (and the report's title and labels), beside the documents
            Map.entry("render.export", Set.of("render", "render.markdown", "format", "model")),
            Map.entry("render.site", Set.of("render", "render.markdown", "render.html", "render.pdf", "render.pdf.text",
                    "render.pdf.tagged", "render.export", "format", "model", "diag")),
            // the pipeline: it owns what it needs remembered (ResultMemory, plain data) and knows no way of remembering
            Map.entry("workspace", Set.of("load", "bind", "check", "format", "model", "diag")),
            // how check results are remembered, beside the pipeline: the codec, the memo on disk or in memory, the file
            // looks, and where a build keeps its state; it implements the workspace's ResultMemory, so it stands on the
            // workspace and never the other way (one direction, no cycle)
            Map.entry("cache", Set.of("workspace", "format", "model", "diag")),
            // check over files on disk: project settings, waivers, the workspace and its cache; beside each plan's result
            // it keeps facts of the format alone (ids, items, alignments, waivers, digits), nothing of rendering
            Map.entry("app.check", Set.of("cache", "workspace", "load", "bind", "check", "format", "model", "diag")),
            // where a build's documents go (a folder, memory) and what is remembered of them (keys, checksums, each plan's
            // index row, each results report's latest line, as strings beside its key): knows documents, not plans
            Map.entry("app.publish", Set.of("cache", "render.site", "diag")),
            // one CI runner's share of a build, and plan merge joining the shards: publishes as a build does
            Map.entry("app.shard", Set.of("app.publish", "app.check", "render.site", "model", "diag")),
            Map.entry("app", Set.of("app.check", "app.publish", "app.shard", "cache", "workspace", "importer", "diff", "load",
                    "bind", "check", "render", "render.markdown", "render.html", "render.pdf", "render.pdf.text",
                    "render.pdf.tagged", "render.site", "format", "model", "diag")),
            // serve sits beside build: app's check, render and publish steps, into memory, over HTTP
            Map.entry("serve", Set.of("app", "app.check", "app.publish", "cache", "bind", "load", "render.site", "format",
                    "model", "diag")));

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
                    String used = stageNamed(m.group(1).substring(1));
                    if (used != null && !used.equals(stage) && !ALLOWED.getOrDefault(stage, Set.of()).contains(used)) {
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

    /** The longest stage {@code name} (a package, or a class in one) starts with; null for none (not the tool's). */
    private static String stageNamed(String name) {
        for (String n = name; !n.isEmpty(); n = n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : "") {
            if (ALLOWED.containsKey(n) || n.equals("cli")) {
                return n;
            }
        }
        return null;
    }

    private static String stageOf(String packagePath) {
        return packagePath.isEmpty() ? "" : packagePath;
    }
}
