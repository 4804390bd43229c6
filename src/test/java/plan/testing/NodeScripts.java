package plan.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Node scripts of src/test/js, run from target/js. Their npm packages are pinned by
 * src/test/js/package-lock.json and installed with {@code npm ci}, once per lock file.
 */
public final class NodeScripts {
    private static final Path SOURCE = Path.of("src", "test", "js");
    private static final Path WORK = Path.of("target", "js");

    private NodeScripts() {
    }

    /** Standard output of {@code node SCRIPT ARGS...}, which must succeed. */
    public static String run(String script, List<String> args) {
        install();
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(args);
        return ExternalTool.ok(WORK, command);
    }

    private static synchronized void install() {
        try {
            Files.createDirectories(WORK);
            boolean sameLock = Files.isRegularFile(WORK.resolve("node_modules/.package-lock.json"))
                    && Files.isRegularFile(WORK.resolve("package-lock.json"))
                    && Arrays.equals(Files.readAllBytes(SOURCE.resolve("package-lock.json")),
                            Files.readAllBytes(WORK.resolve("package-lock.json")));
            try (Stream<Path> files = Files.list(SOURCE)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, WORK.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (!sameLock) {
                // Exactly the locked versions; no install scripts (playwright-core has none that
                // matter here, and no browser is ever downloaded: the tests use /usr/bin/chromium).
                ExternalTool.ok(WORK, List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
