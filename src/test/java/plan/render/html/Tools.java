package plan.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import plan.testing.ExternalTool;

/**
 * Runs the programs the page tests look through: Debian's Chromium, poppler's pdffonts, Node and
 * npm. A missing program fails the test and names the package to install; it never skips.
 */
final class Tools {
    /** Headless flags that work in this sandbox and keep Chromium from calling home. */
    private static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--hide-scrollbars");

    record Result(int exit, String out, String err) {
    }

    private Tools() {
    }

    /** Chromium with a fresh profile, so no earlier run's cache or fonts can answer for this one. */
    static Result chromium(String... args) {
        try {
            Path profile = Files.createTempDirectory("plan-chromium-");
            List<String> command = new ArrayList<>(List.of("chromium"));
            command.addAll(CHROMIUM_FLAGS);
            command.add("--user-data-dir=" + profile);
            command.addAll(List.of(args));
            return run(null, command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result run(Path dir, List<String> command) {
        ExternalTool.Result r = ExternalTool.run(dir, command);
        return new Result(r.exit(), r.out(), r.err());
    }

    static String ok(Path dir, String... command) {
        return ExternalTool.ok(dir, List.of(command));
    }

    /** Where tests leave pictures for a person to look at: target/screenshots. */
    static Path screenshots() {
        try {
            return Files.createDirectories(Path.of("target", "screenshots"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
