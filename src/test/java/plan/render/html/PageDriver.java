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
        List<String> args = new ArrayList<>(List.of(Tools.screenshots().toAbsolutePath().toString()));
        pages.forEach(p -> args.add(p.toAbsolutePath().toString()));
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
