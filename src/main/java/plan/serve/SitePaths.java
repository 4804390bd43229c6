package plan.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import plan.render.site.OutputFormat;

/**
 * A request's path to the name of a site document, or a refusal. Only names a build can write are
 * accepted: relative, {@code /}-separated, no empty, {@code .} or {@code ..} part, whether spelled
 * plainly or percent-encoded; backslashes and NUL are refused outright.
 */
final class SitePaths {
    /** Why a path is refused: its HTTP status. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        Refused(int status, String why) {
            super(why, null, false, false);
            this.status = status;
        }
    }

    static final String INDEX = "index.html";

    private SitePaths() {
    }

    /** The document name of {@code rawPath} (the request's path, still percent-encoded). */
    static String documentName(String rawPath) throws Refused {
        if (rawPath == null || !rawPath.startsWith("/")) {
            throw new Refused(400, "not an absolute path");
        }
        String path = decode(rawPath);
        if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            throw new Refused(400, "backslash or NUL in the path");
        }
        String name = path.substring(1);
        if (name.isEmpty()) {
            return INDEX;
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new Refused(404, "outside the site");
            }
        }
        return name;
    }

    /** The plan a document belongs to: {@code ID} of {@code ID.html}, {@code ID.pdf}, {@code ID.md}; else null. */
    static String planId(String name) {
        if (name.contains("/")) {
            return null;
        }
        OutputFormat format = OutputFormat.ofFile(name);
        if (format == null || name.equals(INDEX)) {
            return null;
        }
        return format.idOf(name);
    }

    /** Percent-decoding of a path (no '+' for space: that is a query's rule); malformed is a 400. */
    private static String decode(String raw) throws Refused {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new Refused(400, "malformed percent-encoding");
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new Refused(400, "malformed percent-encoding");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7f) {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(400, "not UTF-8");
        }
    }
}
