package plan.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Each page in Chromium, driven from Node (src/test/js/check-pages.mjs): it loads everything it
 * needs from the site itself, gets the Sarabun font, has no serious or critical axe-core
 * violations, and fits a 360-pixel phone screen. Two control pages with known faults prove each
 * check can fail.
 */
@Tag("browser")
class BrowserAuditTest {
    private static List<JsonNode> reports;
    private static JsonNode brokenControl;
    private static JsonNode wideControl;

    @BeforeAll
    static void audit() throws IOException {
        List<Path> pages = new ArrayList<>(Site.pages());
        Path controls = Files.createTempDirectory("plan-controls-");
        // An image without alt text and a nameless link: axe rates both serious or critical.
        pages.add(Files.writeString(controls.resolve("control-broken.html"), """
                <!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>x</title></head>
                <body><main><img src="missing.png"><a href="#x"></a></main></body></html>"""));
        pages.add(Files.writeString(controls.resolve("control-wide.html"), """
                <!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>x</title></head>
                <body><main><p style="width:900px">กว้างเกินจอ</p></main></body></html>"""));
        reports = PageDriver.check(pages, Site.root());
        assertThat(reports).hasSize(pages.size());
        brokenControl = reports.get(reports.size() - 2);
        wideControl = reports.get(reports.size() - 1);
        reports = reports.subList(0, reports.size() - 2);
    }

    static Stream<String> pages() {
        return Site.pages().stream().map(p -> p.getFileName().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void loadsCompletelyAndOnlyFromTheSite(String page) {
        JsonNode r = report(page);
        assertThat(texts(r.get("failed"))).as("requests that failed").isEmpty();
        assertThat(texts(r.get("errors"))).as("console errors").isEmpty();
        assertThat(texts(r.get("foreign"))).as("requests outside the site").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void textIsSetInTheShippedSarabun(String page) {
        JsonNode r = report(page);
        assertThat(r.get("bodyFont").asText()).startsWith("Sarabun");
        // The regular face is used by every page; the browser loaded it from assets/fonts.
        assertThat(r.get("fonts")).anySatisfy(f -> {
            assertThat(f.get("family").asText()).isEqualTo("Sarabun");
            assertThat(f.get("weight").asText()).isEqualTo("400");
            assertThat(f.get("style").asText()).isEqualTo("normal");
            assertThat(f.get("status").asText()).isEqualTo("loaded");
        });
        for (JsonNode f : r.get("fonts")) {
            assertThat(f.get("status").asText()).as("font %s", f).isNotEqualTo("error");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasNoSeriousAccessibilityViolations(String page) {
        assertThat(serious(report(page))).as("axe-core serious/critical violations in %s", page).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void fitsAPhoneScreen(String page) {
        JsonNode phone = report(page).get("phone");
        assertThat(phone.get("scrollWidth").asInt()).as("page width at 360px; wide: %s", phone.get("wide"))
                .isLessThanOrEqualTo(phone.get("innerWidth").asInt());
    }

    @Test
    void checksCatchKnownFaults() {
        assertThat(serious(brokenControl)).anyMatch(v -> v.startsWith("image-alt"))
                .anyMatch(v -> v.startsWith("link-name"));
        assertThat(texts(brokenControl.get("failed"))).anyMatch(f -> f.contains("missing.png"));
        assertThat(wideControl.get("phone").get("scrollWidth").asInt()).isGreaterThan(360);
    }

    private static JsonNode report(String page) {
        return reports.stream().filter(r -> r.get("page").asText().equals(page)).findFirst()
                .orElseThrow(() -> new AssertionError("no report for " + page));
    }

    private static List<String> serious(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : report.get("violations")) {
            String impact = v.get("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                out.add(v.get("id").asText() + " (" + impact + "): " + v.get("help").asText() + " at " + v.get("targets"));
            }
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
