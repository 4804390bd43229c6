package plan.check;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import plan.diag.Message;
import plan.model.Logo;

/**
 * Reads the file {@code organization.logo} names: PNG, JPEG or SVG, at most {@link #MAX_BYTES}
 * bytes and {@link #MAX_PIXELS} pixels a side, told by its contents, not its name. An SVG with a
 * script, an event handler, foreign markup or a reference outside itself is refused: the HTML
 * shows it as an image and the file is never copied into a page as markup.
 */
public final class LogoFiles {
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_PIXELS = 4000;
    private static final Pattern UNSAFE_SVG = Pattern.compile(
            "<\\s*script|<\\s*foreignObject|\\son[a-z]+\\s*=|(?:xlink:)?href\\s*=\\s*[\"'](?!#)|url\\(\\s*[\"']?(?!#)"
                    + "|<!ENTITY|<\\?xml-stylesheet",
            Pattern.CASE_INSENSITIVE);

    /** A logo, or why it cannot be one (a message of rule file-ref). */
    public record Read(Logo logo, Message problem) {
    }

    private LogoFiles() {
    }

    /**
     * jsvg reports a file it cannot parse on its logger, with a stack trace: the finding says it
     * instead. The logger is the JVM's, so it is silenced once, for every build.
     */
    private static final java.util.logging.Logger SVG_LOG = java.util.logging.Logger.getLogger("com.github.weisj.jsvg");

    static {
        SVG_LOG.setLevel(java.util.logging.Level.OFF);
    }

    /**
     * How the logo file {@code file} looks now: its size and modification time, or that it is not
     * a file. A plan's remembered check (which read the logo) holds only while its logo looks the same.
     */
    public static String look(Path file) {
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(file,
                    java.nio.file.attribute.BasicFileAttributes.class);
            return a.isRegularFile() ? a.size() + ":" + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)
                    : "not a file";
        } catch (IOException e) {
            return "absent";
        }
    }

    /** The logo {@code written} (as the plan has it) names, relative to the plan file {@code planFile}. */
    public static Path resolve(String planFile, String written) {
        Path plan = Path.of(planFile);
        Path folder = plan.toAbsolutePath().getParent();
        return folder.resolve(written.strip()).normalize();
    }

    public static Read read(Path file, String written) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                return problem("check.logo-missing", written);
            }
            if (Files.size(file) > MAX_BYTES) {
                return problem("check.logo-too-big", written, Files.size(file) / (1024 * 1024), MAX_BYTES / (1024 * 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return problem("check.logo-unreadable", written);
        }
        String kind = kind(bytes);
        if (kind == null) {
            return problem("check.logo-kind", written);
        }
        if (kind.equals("svg")) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (UNSAFE_SVG.matcher(text).find()) {
                return problem("check.logo-svg-unsafe", written);
            }
            if (!drawable(bytes)) {
                return problem("check.logo-svg-undrawable", written);
            }
            return new Read(new Logo(bytes, kind, 0, 0), null);
        }
        int[] size = pixels(bytes);
        if (size == null) {
            return problem("check.logo-unreadable", written);
        }
        if (size[0] > MAX_PIXELS || size[1] > MAX_PIXELS) {
            return problem("check.logo-too-many-pixels", written, size[0], size[1], MAX_PIXELS);
        }
        // The PDF reads a PNG's pixels (a JPEG is embedded as it is): a file cut short or damaged
        // after its header is refused here, not left to fail the build with no place in the plan.
        if (kind.equals("png") && !decodes(bytes)) {
            return problem("check.logo-unreadable", written);
        }
        return new Read(new Logo(bytes, kind, size[0], size[1]), null);
    }

    private static Read problem(String key, Object... args) {
        return new Read(null, Message.of(key, args));
    }

    /** png, jpg or svg from the first bytes, or null. */
    static String kind(byte[] b) {
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpg";
        }
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return head.contains("<svg") ? "svg" : null;
    }

    /**
     * Whether the PDF can draw the SVG (it does so with the same library): it parses, fetching
     * nothing outside itself, and has a size. Drawing it is left to the PDF, which keeps the picture.
     */
    private static boolean drawable(byte[] svg) {
        try {
            SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(svg), null,
                    LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_ALL).build());
            return document != null && document.size().width > 0 && document.size().height > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Whether the image's pixels read to the end, as the PDF reads them. */
    private static boolean decodes(byte[] bytes) {
        return Boolean.TRUE.equals(withReader(bytes, reader -> reader.read(0) != null));
    }

    /** Width and height from the image's header, without decoding its pixels; null when unreadable. */
    private static int[] pixels(byte[] bytes) {
        return withReader(bytes, reader -> new int[] {reader.getWidth(0), reader.getHeight(0)});
    }

    /** What an image reader's {@code use} tells of the image in {@code bytes}; null when it cannot be read. */
    private static <T> T withReader(byte[] bytes, ReaderUse<T> use) {
        try (InputStream in = new ByteArrayInputStream(bytes); ImageInputStream image = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(image);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(image);
                return use.apply(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Something asked of an image reader, which may fail as reading does. */
    @FunctionalInterface
    private interface ReaderUse<T> {
        T apply(ImageReader reader) throws IOException;
    }
}
