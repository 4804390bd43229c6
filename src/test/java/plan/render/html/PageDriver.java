package plan.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import plan.testing.NodeScripts;

/**
 * Runs src/test/js/check-pages.mjs: Node drives Debian's Chromium over the DevTools protocol and
 * runs axe-core in each page (npm packages pinned and installed by {@link NodeScripts}).
 */
final class PageDriver {
    private PageDriver() {
    }

    /** One report a page, in the order given (see check-pages.mjs for the fields). */
    static List<JsonNode> check(List<Path> pages) {
        return check(pages, null);
    }

    /** As {@link #check(List)}; pages inside {@code site} are served from it, as a web host serves the site. */
    static List<JsonNode> check(List<Path> pages, Path site) {
        List<String> args = new ArrayList<>(List.of(Tools.screenshots().toAbsolutePath().toString()));
        Path root = site == null ? null : site.toAbsolutePath().normalize();
        pages.forEach(p -> {
            Path page = p.toAbsolutePath().normalize();
            args.add(root != null && page.startsWith(root) ? root + "::" + page : page.toString());
        });
        String json = NodeScripts.run("check-pages.mjs", args);
        try {
            List<JsonNode> reports = new ArrayList<>();
            new ObjectMapper().readTree(json).forEach(reports::add);
            return reports;
        } catch (IOException e) {
            throw new UncheckedIOException("check-pages.mjs printed no JSON report:\n" + json, e);
        }
    }
}
