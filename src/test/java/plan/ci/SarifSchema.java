package plan.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

import plan.testing.ExternalTool;

/**
 * Validates SARIF files against the SARIF 2.1.0 JSON schema with Ajv (src/test/sarif), offline:
 * the schema is a file of a pinned npm package, installed with {@code npm ci} into target/sarif
 * once per lock file, as the page checks install theirs.
 */
final class SarifSchema {
    private static final Path SOURCE = Path.of("src", "test", "sarif");
    private static final Path WORK = Path.of("target", "sarif");
    private static final String[] FILES = {"package.json", "package-lock.json", "validate-sarif.mjs"};

    private SarifSchema() {
    }

    /** What Ajv said of one file. */
    record Verdict(int exit, String report) {
        boolean valid() {
            return exit == 0;
        }
    }

    static Verdict validate(Path sarif) {
        install();
        ExternalTool.Result r = ExternalTool.run(WORK, List.of("node", "validate-sarif.mjs", sarif.toAbsolutePath().toString()));
        assertThat(r.out()).as("validator ran: " + r.err()).contains("\"schema\":\"Static Analysis Results Format (SARIF) Version 2.1.0");
        return new Verdict(r.exit(), r.out() + r.err());
    }

    private static synchronized void install() {
        try {
            Files.createDirectories(WORK);
            boolean sameLock = Files.isRegularFile(WORK.resolve("node_modules/.package-lock.json"))
                    && Arrays.equals(Files.readAllBytes(SOURCE.resolve("package-lock.json")),
                            Files.readAllBytes(WORK.resolve("package-lock.json")));
            for (String f : FILES) {
                Files.copy(SOURCE.resolve(f), WORK.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
            if (!sameLock) {
                ExternalTool.ok(WORK, List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
