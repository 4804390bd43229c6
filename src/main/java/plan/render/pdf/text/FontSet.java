package plan.render.pdf.text;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.GlyphLayoutManager;

/**
 * One loaded copy of the fonts together with the glyph layout manager that shapes them.
 *
 * <p>Not thread-safe: OpenPDF keeps per-font state (the random subset tag generator), so each
 * render borrows a whole FontSet from {@code PdfRenderer}'s pool and gives it back afterwards.
 * Font caching is off so that two FontSets never share a BaseFont through OpenPDF's static cache.
 */
public final class FontSet {
    // FontFactory, which GlyphLayoutFontManager registers fonts with, is a static registry: its
    // lock is the JVM's as well, whichever build loads fonts.
    private static final Object LOAD_LOCK = new Object();
    private static final float LOAD_SIZE = 16f;

    public final GlyphLayoutManager layout;
    /** Shapes with {@link #layout}, remembering shapings across the FontSets of the same fonts. */
    public final Shaper shaper;
    public final BaseFont regular;
    public final BaseFont bold;
    public final BaseFont italic;
    public final BaseFont boldItalic;
    /** Styles the family has no file for, imitated by OpenPDF (Font.BOLD / Font.ITALIC). */
    public final int boldSynthetic;
    public final int italicSynthetic;
    public final int boldItalicSynthetic;
    private final List<BaseFont> all = new ArrayList<>();

    private FontSet(PdfFonts fonts) throws IOException {
        // ActualText keeps copy-paste and search right for reordered and repositioned Thai marks.
        SharedShaping shaping = new SharedShaping(new GlyphLayoutFontManager()
                .setFontCaching(GlyphLayoutFontManager.FontCaching.OFF));
        shaping.setWriteActualText(true);
        layout = shaping;
        Map<Path, BaseFont> loaded = new HashMap<>();
        regular = load(fonts.regular(), loaded);
        bold = load(fonts.bold(), loaded);
        italic = load(fonts.italic(), loaded);
        boldItalic = load(fonts.boldItalic(), loaded);
        boldSynthetic = bold == regular ? Font.BOLD : 0;
        italicSynthetic = italic == regular ? Font.ITALIC : 0;
        int bi = 0;
        if (boldItalic == regular || boldItalic == italic) {
            bi |= Font.BOLD;
        }
        if (boldItalic == regular || boldItalic == bold) {
            bi |= Font.ITALIC;
        }
        boldItalicSynthetic = bi;
        shaper = new Shaper(shaping::fresh, List.of(regular, bold, italic, boldItalic), fonts.shapings());
        shaping.shaper = shaper;
    }

    /**
     * The layout manager OpenPDF itself shapes with when it draws text we did not lay out (running
     * headers and footers, the contents' lines): through the same shared cache as ours.
     */
    private static final class SharedShaping extends GlyphLayoutManager {
        private Shaper shaper;

        SharedShaping(GlyphLayoutFontManager fonts) {
            super(fonts);
        }

        @Override
        public java.awt.font.GlyphVector computeGlyphVector(BaseFont font, float size, String text) {
            return shaper == null ? fresh(font, size, text) : shaper.shape(font, size, text).asGlyphVector();
        }

        java.awt.font.GlyphVector fresh(BaseFont font, float size, String text) {
            return super.computeGlyphVector(font, size, text);
        }
    }

    public static FontSet load(PdfFonts fonts) throws IOException {
        synchronized (LOAD_LOCK) {
            return new FontSet(fonts);
        }
    }

    private BaseFont load(Path file, Map<Path, BaseFont> loaded) throws IOException {
        BaseFont existing = loaded.get(file);
        if (existing != null) {
            return existing;
        }
        try {
            BaseFont bf = loadInMemory(file);
            bf.setSubset(true);
            loaded.put(file, bf);
            all.add(bf);
            return bf;
        } catch (GlyphLayoutFontManager.FontLoadException | RuntimeException e) {
            throw new IOException("Cannot load font " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The font read into memory once: loaded by path, OpenPDF reads the file a byte at a time
     * through a system call each when it subsets the font for every document (its glyph offset
     * table alone is thousands of reads). The same bytes either way, so the same PDF.
     */
    private BaseFont loadInMemory(Path file) throws IOException, GlyphLayoutFontManager.FontLoadException {
        String name = file.toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".ttf") && !lower.endsWith(".otf")) {
            return layout.loadFont(name, LOAD_SIZE).getBaseFont(); // OpenPDF takes only these names from memory
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return layout.loadFont(name, in, LOAD_SIZE).getBaseFont();
        }
    }

    /**
     * Makes the six-letter subset tags (ABCDEF+Sarabun) a function of the document instead of a
     * random draw, so the same input gives the same bytes. Called at the start of every pass.
     */
    public void seedSubsetTags(byte[] documentSeed) {
        long seed = 0x5DEECE66DL;
        for (byte b : documentSeed) {
            seed = seed * 31 + b;
        }
        for (int i = 0; i < all.size(); i++) {
            all.get(i).setSecureRandom(new FixedRandom(seed + i));
        }
    }

    /** Used by {@link PdfFonts} to refuse fonts whose licence forbids embedding, before rendering. */
    static void checkEmbeddable(Path file) throws IOException {
        try {
            synchronized (LOAD_LOCK) {
                BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false);
            }
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A "SecureRandom" that is not random at all: OpenPDF only draws subset tags from it. */
    private static final class FixedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final transient SplittableRandom random;

        FixedRandom(long seed) {
            super(new byte[0]);
            random = new SplittableRandom(seed);
        }

        @Override
        public double nextDouble() {
            return random.nextDouble();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            random.nextBytes(bytes);
        }
    }
}
