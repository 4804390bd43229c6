package plan.render.pdf.text;

import java.awt.font.GlyphVector;
import java.util.List;
import org.openpdf.text.pdf.BaseFont;

/**
 * Shapes text for one {@link FontSet}, remembering the result in a cache shared by every FontSet
 * of the same {@link PdfFonts}: shaping (HarfBuzz through the JDK) was the largest single cost of
 * a PDF, and most of what a plan's PDF shapes (headings, labels, table headers, set phrases) was
 * shaped already for another plan. Keyed by face, size and text, which is all a shaping depends on,
 * so a remembered shaping is the same as a new one and the PDF's bytes do not change.
 */
final class Shaper {
    /**
     * Longer texts are shaped every time: the layout shapes a paragraph in blocks of at most this,
     * so only a block of a huge paragraph (which never recurs) is left out.
     */
    static final int LONGEST_REMEMBERED = 2048;

    /** What a shaping depends on: the face (its place in the family: regular, bold, ...), size, text. */
    record Key(int face, float size, String text) {
        // Written out: looked up for every run of text of every document, and a record's own
        // equals and hashCode go through method handles linked at their first call, which the
        // quick compiler does not inline as it does these.
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && face == k.face && Float.floatToIntBits(size) == Float.floatToIntBits(k.size)
                    && text.equals(k.text);
        }

        @Override
        public int hashCode() {
            return (text.hashCode() * 31 + Float.floatToIntBits(size)) * 31 + face;
        }
    }

    /** Shaping itself: OpenPDF's glyph layout (HarfBuzz through the JDK). */
    interface Shaping {
        GlyphVector shape(BaseFont font, float size, String text);
    }

    private final Shaping layout;
    private final List<BaseFont> faces;
    private final RecurringTextMemo<Key, ShapedRun> cache;

    /** @param faces the family's fonts in a fixed order, the same for every FontSet sharing the cache */
    Shaper(Shaping layout, List<BaseFont> faces, RecurringTextMemo<Key, ShapedRun> cache) {
        this.layout = layout;
        this.faces = faces;
        this.cache = cache;
    }

    /** A cache of shapings for the FontSets of one family, bounded at {@code maxBytes}. */
    static RecurringTextMemo<Key, ShapedRun> cache(long maxBytes) {
        return new RecurringTextMemo<>(maxBytes, (key, run) -> 2L * key.text().length() + 64 + run.bytes());
    }

    ShapedRun shape(BaseFont font, float size, String text) {
        int face = faces.indexOf(font);
        if (face < 0 || text.length() > LONGEST_REMEMBERED) {
            return fresh(font, size, text);
        }
        return cache.get(new Key(face, size, text), k -> fresh(font, size, text));
    }

    /** Shaped now, without the cache. */
    ShapedRun fresh(BaseFont font, float size, String text) {
        return ShapedRun.of(layout.shape(font, size, text));
    }
}
