package plan.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The site works from a USB stick or an intranet with no internet: every stylesheet, script,
 * image and font a page loads is a file of the site, named by a relative path. (Links a plan's
 * text makes to web sites are navigation, not loads, and may point anywhere allowed.)
 */
class OfflineSiteTest {
    /** Elements and the attribute through which they make the browser fetch something. */
    private static final String[][] LOADS = {{"link", "href"}, {"script", "src"}, {"img", "src"},
        {"iframe", "src"}, {"source", "src"}, {"video", "src"}, {"audio", "src"}, {"object", "data"},
        {"embed", "src"}, {"input", "src"}};
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{[^}]*}");

    @ParameterizedTest(name = "{0}")
    @MethodSource("plan.render.html.Site#pages")
    void pageLoadsOnlyFilesOfTheSite(Path page) {
        List<String> loads = loads(Site.read(page));
        Path site = Site.root().normalize();
        // Framework pages live one folder down and load ../assets/plan.css: the same file.
        assertThat(loads.stream().map(u -> page.getParent().resolve(u).normalize()))
                .as("resources %s loads", page.getFileName()).contains(site.resolve("assets/plan.css"));
        for (String url : loads) {
            assertThat(isLocal(url)).as("%s loads %s", page.getFileName(), url).isTrue();
            Path file = page.getParent().resolve(url).normalize();
            assertThat(file).as("%s loads %s inside the site", page.getFileName(), url).startsWith(site);
            assertThat(file).as("%s loads %s", page.getFileName(), url).isRegularFile();
        }
    }

    @Test
    void stylesheetNamesOnlyShippedFonts() throws Exception {
        String css = Files.readString(Site.root().resolve(SiteAssets.STYLESHEET));
        assertThat(css).doesNotContain("@import");
        List<String> urls = urls(css);
        assertThat(urls).isNotEmpty();
        for (String url : urls) {
            assertThat(isLocal(url)).as("plan.css url(%s)", url).isTrue();
            assertThat(Site.root().resolve("assets").resolve(url)).as("plan.css url(%s)", url).isRegularFile();
        }
        // Each face of Sarabun the stylesheet declares is a TrueType file in assets/fonts.
        Matcher faces = FONT_FACE.matcher(css);
        int n = 0;
        while (faces.find()) {
            n++;
            assertThat(urls(faces.group())).singleElement().asString().startsWith("fonts/Sarabun-").endsWith(".ttf");
        }
        assertThat(n).as("@font-face rules").isEqualTo(4);
    }

    /** The check can fail: a CDN stylesheet or a protocol-relative script is not local. */
    @Test
    void remoteLoadsAreNotLocal() {
        List<String> loads = loads("<link rel=stylesheet href=\"https://cdn.example/x.css\">"
                + "<script src=\"//cdn.example/x.js\"></script><img src=\"fonts/a.png\">");
        assertThat(loads).containsExactly("https://cdn.example/x.css", "//cdn.example/x.js", "fonts/a.png");
        assertThat(loads.stream().filter(OfflineSiteTest::isLocal)).containsExactly("fonts/a.png");
        assertThat(isLocal("/assets/plan.css")).as("absolute path: not the site's folder offline").isFalse();
    }

    private static List<String> loads(String html) {
        Element root = ActiveContent.parse(html).getDocumentElement();
        List<String> out = new ArrayList<>();
        for (String[] load : LOADS) {
            NodeList elements = root.getElementsByTagName(load[0]);
            for (int i = 0; i < elements.getLength(); i++) {
                Element e = (Element) elements.item(i);
                if (e.hasAttribute(load[1])) {
                    out.add(e.getAttribute(load[1]));
                }
            }
        }
        NodeList styled = root.getElementsByTagName("style");
        for (int i = 0; i < styled.getLength(); i++) {
            out.addAll(urls(styled.item(i).getTextContent()));
        }
        return out;
    }

    private static List<String> urls(String css) {
        List<String> out = new ArrayList<>();
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }

    /**
     * A relative path: no scheme, no host, not rooted at the server's top (whether it stays inside
     * the site is judged on the resolved file).
     */
    private static boolean isLocal(String url) {
        return !url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !url.startsWith("/") && !url.startsWith("\\");
    }
}
