package plan.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import plan.testing.ExternalTool;

/**
 * Runs the programs the page tests look through: Debian's Chromium, poppler's pdffonts, Node and
 * npm. A missing program fails the test and names the package to install; it never skips.
 */
final class Tools {
    record Result(int exit, String out, String err) {
    }

    private Tools() {
    }

    /** Chromium with a fresh profile, so no earlier run's cache or fonts can answer for this one. */
    static Result chromium(String... args) {
        ExternalTool.Result r = ExternalTool.chromium(List.of(args));
        return new Result(r.exit(), r.out(), r.err());
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
