package plan.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the programs tests read outputs with (poppler, qpdf, Chromium, Node). A missing program
 * fails the test and names the Debian package to install: these checks are never skipped.
 */
public final class ExternalTool {
    private static final Map<String, String> PACKAGES = Map.ofEntries(Map.entry("pdftotext", "poppler-utils"),
            Map.entry("pdffonts", "poppler-utils"), Map.entry("pdftoppm", "poppler-utils"),
            Map.entry("pdfinfo", "poppler-utils"), Map.entry("qpdf", "qpdf"), Map.entry("chromium", "chromium"),
            Map.entry("node", "nodejs"), Map.entry("npm", "npm"), Map.entry("pre-commit", "pre-commit"),
            Map.entry("git", "git"), Map.entry("swath", "swath"), Map.entry("unzip", "unzip"));

    /** How a program ended and what it printed. */
    public record Result(int exit, String out, String err) {
    }

    private ExternalTool() {
    }

    /** Runs {@code command} in {@code dir} (null: here); a hang is cut off after ten minutes. */
    public static Result run(Path dir, List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            String pkg = PACKAGES.getOrDefault(command.get(0), command.get(0));
            return fail(command.get(0) + " is not installed: apt-get install -y " + pkg
                    + " (src/test/setup/test-tools.sh installs it during mvn verify)", e);
        }
        try {
            p.getOutputStream().close();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            byte[] out = readAll(p.getInputStream());
            // A guard against a hung program, not a performance limit.
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

    /** Headless flags that work in this sandbox and keep Chromium from calling home. */
    private static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--hide-scrollbars");

    /** Headless Chromium with a fresh profile, so no earlier run's cache or fonts can answer for this one. */
    public static Result chromium(List<String> args) {
        try {
            Path profile = java.nio.file.Files.createTempDirectory("plan-chromium-");
            List<String> command = new java.util.ArrayList<>(List.of("chromium"));
            command.addAll(CHROMIUM_FLAGS);
            command.add("--user-data-dir=" + profile);
            command.addAll(args);
            return run(null, command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Standard output of a run that must succeed. */
    public static String ok(Path dir, List<String> command) {
        Result r = run(dir, command);
        if (r.exit() != 0) {
            fail(String.join(" ", command) + " exited " + r.exit() + ":\n" + r.out() + "\n" + r.err());
        }
        return r.out();
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
