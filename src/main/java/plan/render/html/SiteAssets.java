package plan.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files a site needs besides its pages: the stylesheet (a user's template folder may replace
 * it) and the Sarabun font the build fetched, so pages look right offline.
 */
public final class SiteAssets {
    public static final String STYLESHEET = "assets/plan.css";
    /** The official look's rules over {@link #STYLESHEET}, linked only from pages in that style. */
    public static final String OFFICIAL_STYLESHEET = "assets/official.css";
    /** Where the build puts the fetched font in the jar (the PDF stage reads it there too). */
    private static final String FONT_RESOURCES = "plan/fonts/";
    private static final String[] FONTS = {"Sarabun-Regular.ttf", "Sarabun-Bold.ttf", "Sarabun-Italic.ttf",
        "Sarabun-BoldItalic.ttf", "LICENSE_FONT"};

    private SiteAssets() {
    }

    /** Output path (relative to the site) to content, for every asset that exists. */
    public static Map<String, byte[]> collect(Path userTemplates) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String sheet : new String[] {STYLESHEET, OFFICIAL_STYLESHEET}) {
            Path userCss = userTemplates == null ? null : userTemplates.resolve(sheet);
            if (userCss != null && Files.isRegularFile(userCss)) {
                out.put(sheet, Files.readAllBytes(userCss));
            } else {
                out.put(sheet, resource("templates/" + sheet));
            }
        }
        for (String font : FONTS) {
            byte[] bytes = optionalResource(FONT_RESOURCES + font);
            if (bytes != null) {
                out.put("assets/fonts/" + font, bytes);
            }
        }
        return out;
    }

    private static byte[] resource(String name) throws IOException {
        byte[] bytes = optionalResource(name);
        if (bytes == null) {
            throw new IOException("missing built-in resource " + name);
        }
        return bytes;
    }

    private static byte[] optionalResource(String name) throws IOException {
        try (InputStream in = SiteAssets.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
