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
 * One package a pipeline stage, dependencies pointing down: cli -> app -> render, check, importer,
 * bind, load -> model, diag. Checked on the sources' imports (and fully qualified uses), so a shortcut
 * across the layers fails the build instead of creeping in.
 */
class LayeringTest {
    private static final Path SOURCES = Path.of("src/main/java/plan");
    private static final Pattern USE = Pattern.compile("\\bplan\\.(cli|app|render|check|importer|bind|load|model|diag)\\b(\\.(markdown|html|pdf)\\b)?");

    /** Stage -> the stages it may use (itself always allowed). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("diag", Set.of()),
            Map.entry("load", Set.of("diag")),
            Map.entry("bind", Set.of("load", "model", "diag")),
            Map.entry("check", Set.of("model", "diag")),
            // import reads documents into the model, beside check: it never binds or checks
            Map.entry("importer", Set.of("model", "diag")),
            Map.entry("render", Set.of("model", "diag", "render")),
            Map.entry("render.markdown", Set.of("render", "model")),
            Map.entry("render.html", Set.of("render", "render.markdown", "model")),
            Map.entry("render.pdf", Set.of()),
            Map.entry("app", Set.of("load", "bind", "check", "render", "render.markdown", "render.html", "render.pdf", "model", "diag")));

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

    private static String stageOf(String packagePath) {
        return packagePath.isEmpty() ? "" : packagePath;
    }
}
