package plan.render.pdf.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import plan.diag.Message;

/**
 * The four font files of one family (regular, bold, italic, bold italic), checked to have Thai
 * letters, Latin letters and digits. Immutable but for a thread-safe cache of shapings: share one
 * instance across threads.
 *
 * <p>Fonts are named by files (the bundled Sarabun is copied out of the jar once into a cache
 * folder); {@link FontSet} reads each file into memory once per loaded set.
 */
public final class PdfFonts {
    /** Classpath folder of the bundled fonts; the HTML site copies the same files. */
    public static final String RESOURCE_DIR = "plan/fonts/";
    /** The bound of the shared shaping cache: small beside the 320 MiB heap of a large build. */
    static final long SHAPINGS_BYTES = 8L << 20;
    static final String[] BUNDLED = {"Sarabun-Regular.ttf", "Sarabun-Bold.ttf", "Sarabun-Italic.ttf",
            "Sarabun-BoldItalic.ttf"};
    // Consonants, vowels above and below, tone marks and SARA AM: a font without these shows boxes.
    private static final String THAI_SAMPLE = "กขคงจญฎฐณดตถทธนบปผพฟภมยรลวศษสหฬอฮะาำิีึืุู่้๊๋็์เแโใไๆ";
    private static final String LATIN_SAMPLE = "AZaz09.,()";

    private final String name;
    private final Path regular;
    private final Path bold;
    private final Path italic;
    private final Path boldItalic;
    private volatile String fingerprint;
    /** Shapings in these fonts, shared by every render that uses them (see {@link Shaper}). */
    private final RecurringTextMemo<Shaper.Key, ShapedRun> shapings = Shaper.cache(SHAPINGS_BYTES);

    private PdfFonts(String name, Path regular, Path bold, Path italic, Path boldItalic) {
        this.name = name;
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
        this.boldItalic = boldItalic;
    }

    /** Sarabun, shipped in the jar as {@code plan/fonts/Sarabun-*.ttf}. */
    public static PdfFonts bundled() throws FontException {
        Path[] files = new Path[BUNDLED.length];
        try {
            byte[][] data = new byte[BUNDLED.length][];
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < BUNDLED.length; i++) {
                data[i] = readResource(RESOURCE_DIR + BUNDLED[i]);
                sha.update(data[i]);
            }
            byte[] digest = sha.digest();
            // One folder per user: on a server several officers use, another user's folder is not
            // theirs to write (nor to trust: its files are compared byte for byte before reuse).
            String user = System.getProperty("user.name", "").replaceAll("[^A-Za-z0-9._-]", "_");
            Path dir = Path.of(System.getProperty("java.io.tmpdir"),
                    "plan-fonts-" + user + "-" + HexFormat.of().formatHex(digest, 0, 8));
            for (int i = 0; i < BUNDLED.length; i++) {
                files[i] = extract(dir, BUNDLED[i], data[i]);
            }
            // Not checked as a user's font is (Thai and Latin letters, embeddable): the build pins
            // and checksums these files, and PdfFontsTest checks them; checking them again on every
            // run parsed each file twice more. The same bytes in the same order give the fingerprint.
            PdfFonts fonts = new PdfFonts("Sarabun", files[0], files[1], files[2], files[3]);
            fonts.fingerprint = HexFormat.of().formatHex(digest);
            return fonts;
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new FontException(Message.of("pdf.font.bundled", String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * A font the user named: a TrueType/OpenType file, or a family name looked up in the system
     * font folders. Bold and italic are taken from files of the same family next to the regular
     * one; where a style is missing the regular file stands in and OpenPDF imitates the style.
     */
    public static PdfFonts named(String pathOrFamily) throws FontException {
        if (pathOrFamily == null || pathOrFamily.isBlank()) {
            throw new FontException(Message.of("pdf.font.none"));
        }
        Path file = Path.of(pathOrFamily);
        List<FontFile> candidates;
        String family;
        if (Files.isRegularFile(file)) {
            FontFile given = FontFile.read(file);
            if (given == null) {
                throw new FontException(Message.of("pdf.font.unreadable", file.toString()));
            }
            family = given.family;
            candidates = new ArrayList<>(List.of(given));
            candidates.addAll(scan(List.of(file.toAbsolutePath().getParent()), family));
        } else {
            family = pathOrFamily.trim();
            List<Path> folders = FontFolders.ofThisSystem();
            candidates = scan(folders, family);
            if (candidates.isEmpty()) {
                throw new FontException(Message.of("pdf.font.not-found", pathOrFamily, folders.stream()
                        .map(Path::toString).collect(java.util.stream.Collectors.joining(", "))));
            }
        }
        Path regular = pick(candidates, false, false);
        if (regular == null) {
            regular = candidates.get(0).path;
        }
        check(regular, family);
        Path bold = orElse(pick(candidates, true, false), regular);
        Path italic = orElse(pick(candidates, false, true), regular);
        Path boldItalic = orElse(pick(candidates, true, true), bold);
        for (Path p : List.of(bold, italic, boldItalic)) {
            if (!p.equals(regular)) {
                check(p, family);
            }
        }
        return new PdfFonts(family, regular, bold, italic, boldItalic);
    }

    /** Family name, for messages. */
    public String name() {
        return name;
    }

    /**
     * A hash of the four files' contents: what a PDF made with these fonts depends on. A font
     * file replaced under the same name changes it, so caches keyed on it render again.
     */
    public String fingerprint() throws IOException {
        String known = fingerprint;
        if (known == null) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (Path p : List.of(regular, bold, italic, boldItalic)) {
                    sha.update(Files.readAllBytes(p));
                }
                known = HexFormat.of().formatHex(sha.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
            fingerprint = known;
        }
        return known;
    }

    RecurringTextMemo<Shaper.Key, ShapedRun> shapings() {
        return shapings;
    }

    public Path regular() {
        return regular;
    }

    public Path bold() {
        return bold;
    }

    public Path italic() {
        return italic;
    }

    public Path boldItalic() {
        return boldItalic;
    }

    @Override
    public String toString() {
        return name + " " + Arrays.asList(regular, bold, italic, boldItalic);
    }

    private static Path orElse(Path p, Path fallback) {
        return p != null ? p : fallback;
    }

    private static Path pick(List<FontFile> candidates, boolean bold, boolean italic) {
        return candidates.stream().filter(c -> c.plain && c.bold == bold && c.italic == italic)
                .map(c -> c.path).sorted().findFirst().orElse(null);
    }

    /** Refuses fonts that would print boxes for Thai or Latin text, or that OpenPDF cannot embed. */
    public static void check(Path file, String family) throws FontException {
        FontFile f = FontFile.read(file);
        if (f == null) {
            throw new FontException(Message.of("pdf.font.unreadable", file.toString()));
        }
        if (f.font.canDisplayUpTo(THAI_SAMPLE) != -1) {
            throw new FontException(Message.of("pdf.font.no-thai", family, file.toString()));
        }
        if (f.font.canDisplayUpTo(LATIN_SAMPLE) != -1) {
            throw new FontException(Message.of("pdf.font.no-latin", family, file.toString()));
        }
        try {
            FontSet.checkEmbeddable(file);
        } catch (IOException e) {
            throw new FontException(Message.of("pdf.font.not-embeddable", family, file.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    private static List<FontFile> scan(List<Path> dirs, String family) {
        List<FontFile> found = new ArrayList<>();
        for (Path dir : dirs) {
            if (dir == null || !Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir, 6)) {
                for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (!(n.endsWith(".ttf") || n.endsWith(".otf")) || !Files.isRegularFile(p)) {
                        continue;
                    }
                    FontFile f = FontFile.read(p);
                    if (f != null && f.family.equalsIgnoreCase(family)
                            && found.stream().noneMatch(x -> x.path.equals(f.path))) {
                        found.add(f);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // An unreadable folder hides its fonts; other folders may still have the family.
            }
        }
        return found;
    }

    private static byte[] readResource(String name) throws IOException {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the classpath (the build fetches it; run mvn package)");
            }
            return in.readAllBytes();
        }
    }

    /** Writes the font once; an existing file is reused only if its bytes are the same. */
    private static Path extract(Path dir, String fileName, byte[] data) throws IOException {
        Path target = dir.resolve(fileName);
        try {
            if (Files.isRegularFile(target) && Files.size(target) == data.length
                    && Arrays.equals(Files.readAllBytes(target), data)) {
                return target;
            }
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, fileName, ".part");
            Files.write(tmp, data);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            // The folder may belong to another user (or be unreadable): use a private one instead.
            Path own = Files.createTempDirectory("plan-fonts-");
            Path file = own.resolve(fileName);
            Files.write(file, data);
            file.toFile().deleteOnExit();
            own.toFile().deleteOnExit();
            return file;
        }
    }

    /** A font file with the family and style read from its name table (through AWT). */
    private record FontFile(Path path, Font font, String family, boolean bold, boolean italic, boolean plain) {
        static FontFile read(Path p) {
            try {
                Font f = Font.createFont(Font.TRUETYPE_FONT, p.toFile());
                String family = f.getFamily(Locale.ROOT);
                String full = f.getFontName(Locale.ROOT);
                String style;
                if (full.regionMatches(true, 0, family, 0, family.length())) {
                    style = full.substring(family.length());
                } else {
                    String ps = f.getPSName();
                    style = ps.contains("-") ? ps.substring(ps.lastIndexOf('-') + 1) : "";
                }
                // Only the four classic styles count: "SemiBold" or "Light" must not stand in for them.
                style = style.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "").replace("oblique", "italic");
                boolean plain = style.isEmpty() || style.equals("regular") || style.equals("book")
                        || style.equals("normal") || style.equals("roman");
                boolean bold = style.equals("bold") || style.equals("bolditalic");
                boolean italic = style.equals("italic") || style.equals("bolditalic");
                return new FontFile(p, f, family, bold, italic, plain || bold || italic);
            } catch (IOException | FontFormatException | RuntimeException e) {
                return null;
            }
        }
    }
}
