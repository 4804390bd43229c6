package plan.render.markdown;

import java.util.Locale;
import java.util.Set;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Which link destinations may survive: http, https, mailto and relative ones. The destination is
 * judged as a browser would read it, after Markdown unescaping and entity decoding
 * ({@code java&#115;cript:}) and with the white space and control characters browsers ignore
 * removed ({@code java\tscript:}).
 */
public final class UrlPolicy {
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private UrlPolicy() {
    }

    public static boolean allows(String destination) {
        String url = Escaping.unescapeString(destination);
        StringBuilder b = new StringBuilder(url.length());
        url.codePoints().filter(c -> c > 0x20 && c != 0x7f && !Character.isWhitespace(c)
                && Character.getType(c) != Character.FORMAT).forEach(b::appendCodePoint);
        String cleaned = b.toString().toLowerCase(Locale.ROOT);
        int colon = cleaned.indexOf(':');
        if (colon < 0) {
            return true;
        }
        String before = cleaned.substring(0, colon);
        // A colon after the first '/', '?' or '#' is part of a relative path, query or fragment.
        if (before.contains("/") || before.contains("?") || before.contains("#")) {
            return true;
        }
        return SCHEMES.contains(before);
    }
}
