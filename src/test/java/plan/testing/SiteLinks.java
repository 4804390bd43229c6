package plan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The links between a site's own files: every {@code href} and {@code src} of every HTML page
 * under an output folder that is not a web address leads to a file there.
 */
public final class SiteLinks {
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private SiteLinks() {
    }

    /** Each link of a page under {@code out} to a file that is not there, as "PAGE -> LINK". */
    public static List<String> broken(Path out) throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(out)) {
            pages = walk.filter(p -> p.toString().endsWith(".html") && Files.isRegularFile(p)).sorted().toList();
        }
        for (Path page : pages) {
            Matcher m = LINK.matcher(Files.readString(page));
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
                if (link.startsWith("//") || SCHEME.matcher(link).find()) {
                    continue; // a web address, mail address: not the site's
                }
                String path = link.replaceAll("[#?].*$", "");
                if (path.isEmpty()) {
                    continue; // a place on the page itself
                }
                Path target = page.getParent().resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8))
                        .normalize();
                if (!Files.isRegularFile(target)) {
                    broken.add(out.relativize(page) + " -> " + link);
                }
            }
        }
        return broken;
    }

    /** Every link of every page under {@code out} leads to a file of the site. */
    public static void assertEveryLinkResolves(Path out) throws IOException {
        assertThat(broken(out)).as("links of the pages under %s to files not there", out).isEmpty();
    }
}
