package plan.render.html;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the programs the page tests look through: Debian's Chromium, poppler's pdffonts, Node and
 * npm. A missing program fails the test and names the package to install; it never skips.
 */
final class Tools {
    private static final Map<String, String> PACKAGES = Map.of("chromium", "chromium", "pdffonts", "poppler-utils",
            "node", "nodejs", "npm", "npm");
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
        ProcessBuilder pb = new ProcessBuilder(command);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            String pkg = PACKAGES.getOrDefault(command.get(0), command.get(0));
            return fail(command.get(0) + " is not installed; the HTML page tests need it: apt-get install -y " + pkg
                    + " (src/test/setup/test-tools.sh installs it during mvn verify)", e);
        }
        try {
            p.getOutputStream().close();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            byte[] out = readAll(p.getInputStream());
            // A guard against a hung browser, not a performance limit.
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return fail(String.join(" ", command) + " did not finish");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            return fail("running " + String.join(" ", command) + " failed", e);
        }
    }

    static String ok(Path dir, String... command) {
        Result r = run(dir, List.of(command));
        if (r.exit() != 0) {
            fail(String.join(" ", command) + " exited " + r.exit() + ":\n" + r.out() + "\n" + r.err());
        }
        return r.out();
    }

    /** Where tests leave pictures for a person to look at: target/screenshots. */
    static Path screenshots() {
        try {
            return Files.createDirectories(Path.of("target", "screenshots"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
