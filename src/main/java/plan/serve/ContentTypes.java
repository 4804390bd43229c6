package plan.serve;

import java.util.Locale;
import java.util.Map;

/** The media type of a served document, by its extension: what {@code plan build} writes and templates add. */
final class ContentTypes {
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"));

    /** Files without a known extension (a font's LICENSE_FONT) are plain text. */
    private static final String OTHER = "text/plain; charset=utf-8";

    private ContentTypes() {
    }

    static String of(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        if (dot <= slash) {
            return OTHER;
        }
        return BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }
}
