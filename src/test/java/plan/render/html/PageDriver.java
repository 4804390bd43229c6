package plan.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs src/test/js/check-pages.mjs: Node drives Debian's Chromium over the DevTools protocol and
 * runs axe-core in each page. Its two npm packages are pinned by src/test/js/package-lock.json
 * and installed with {@code npm ci} into target/js, once per lock file.
 */
final class PageDriver {
    private static final Path SOURCE = Path.of("src", "test", "js");
    private static final Path WORK = Path.of("target", "js");
    private static final String[] FILES = {"package.json", "package-lock.json", "check-pages.mjs"};

    private PageDriver() {
    }

    /** One report a page, in the order given (see check-pages.mjs for the fields). */
    static List<JsonNode> check(List<Path> pages) {
        return check(pages, null);
    }

    /** As {@link #check(List)}; pages inside {@code site} are served from it, as a web host serves the site. */
    static List<JsonNode> check(List<Path> pages, Path site) {
        install();
        List<String> command = new ArrayList<>(List.of("node", "check-pages.mjs",
                Tools.screenshots().toAbsolutePath().toString()));
        Path root = site == null ? null : site.toAbsolutePath().normalize();
        pages.forEach(p -> {
            Path page = p.toAbsolutePath().normalize();
            command.add(root != null && page.startsWith(root) ? root + "::" + page : page.toString());
        });
        String json = Tools.ok(WORK, command.toArray(String[]::new));
        try {
            List<JsonNode> reports = new ArrayList<>();
            new ObjectMapper().readTree(json).forEach(reports::add);
            return reports;
        } catch (IOException e) {
            throw new UncheckedIOException("check-pages.mjs printed no JSON report:\n" + json, e);
        }
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
                // Exactly the locked versions; no install scripts (playwright-core has none that
                // matter here, and no browser is ever downloaded: the tests use /usr/bin/chromium).
                Tools.ok(WORK, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
