package plan.render.pdf.text;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphJustificationInfo;
import java.awt.font.GlyphMetrics;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * The glyphs one text is shaped into in one font and size, as plain arrays: immutable, so one
 * copy serves every document and thread (see {@link Shaper}). {@code x} and {@code y} are glyph
 * positions from the text's start (y down, as AWT gives them; one more than the glyphs: the end),
 * {@code advance} each glyph's own advance (what a PDF viewer moves by), {@code chars} the index in
 * the text of the char each glyph comes from.
 */
public final class ShapedRun {
    private final int[] codes;
    private final int[] chars;
    private final float[] x;
    private final float[] y;
    private final float[] advance;

    private ShapedRun(int[] codes, int[] chars, float[] x, float[] y, float[] advance) {
        this.codes = codes;
        this.chars = chars;
        this.x = x;
        this.y = y;
        this.advance = advance;
    }

    static ShapedRun of(GlyphVector gv) {
        int n = gv.getNumGlyphs();
        float[] pos = gv.getGlyphPositions(0, n + 1, null);
        float[] x = new float[n + 1];
        float[] y = new float[n + 1];
        float[] advance = new float[n];
        for (int g = 0; g <= n; g++) {
            x[g] = pos[2 * g];
            y[g] = pos[2 * g + 1];
            if (g < n) {
                advance[g] = gv.getGlyphMetrics(g).getAdvanceX();
            }
        }
        return new ShapedRun(gv.getGlyphCodes(0, n, null), gv.getGlyphCharIndices(0, n, null), x, y, advance);
    }

    int size() {
        return codes.length;
    }

    public int code(int g) {
        return codes[g];
    }

    int charIndex(int g) {
        return chars[g];
    }

    public float x(int g) {
        return x[g];
    }

    public float y(int g) {
        return y[g];
    }

    public float advance(int g) {
        return advance[g];
    }

    /** Roughly what this takes on the heap: five arrays of about one number per glyph. */
    long bytes() {
        return 5L * 4 * (codes.length + 1) + 5 * 16 + 32;
    }

    /** Whether two shapings agree glyph for glyph (for tests). */
    boolean sameAs(ShapedRun o) {
        return java.util.Arrays.equals(codes, o.codes) && java.util.Arrays.equals(chars, o.chars)
                && java.util.Arrays.equals(x, o.x) && java.util.Arrays.equals(y, o.y)
                && java.util.Arrays.equals(advance, o.advance);
    }

    /**
     * The glyphs as a GlyphVector with what OpenPDF reads of one: codes and char indices (its
     * ToUnicode filler, {@code GlyphLayoutManager.completeCmap}), positions and advances (its
     * {@code showText}); outlines and bounds are not kept.
     */
    public GlyphVector asGlyphVector() {
        return new Glyphs();
    }

    private final class Glyphs extends GlyphVector {
        @Override
        public int getNumGlyphs() {
            return codes.length;
        }

        @Override
        public int getGlyphCode(int glyphIndex) {
            return codes[glyphIndex];
        }

        @Override
        public int[] getGlyphCodes(int beginGlyphIndex, int numEntries, int[] codeReturn) {
            int[] out = codeReturn != null ? codeReturn : new int[numEntries];
            System.arraycopy(codes, beginGlyphIndex, out, 0, numEntries);
            return out;
        }

        @Override
        public int getGlyphCharIndex(int glyphIndex) {
            return chars[glyphIndex];
        }

        @Override
        public int[] getGlyphCharIndices(int beginGlyphIndex, int numEntries, int[] codeReturn) {
            int[] out = codeReturn != null ? codeReturn : new int[numEntries];
            System.arraycopy(chars, beginGlyphIndex, out, 0, numEntries);
            return out;
        }

        @Override
        public Font getFont() {
            throw absent();
        }

        @Override
        public FontRenderContext getFontRenderContext() {
            throw absent();
        }

        @Override
        public void performDefaultLayout() {
            throw absent();
        }

        @Override
        public Rectangle2D getLogicalBounds() {
            throw absent();
        }

        @Override
        public Rectangle2D getVisualBounds() {
            throw absent();
        }

        @Override
        public Shape getOutline() {
            throw absent();
        }

        @Override
        public Shape getOutline(float x, float y) {
            throw absent();
        }

        @Override
        public Shape getGlyphOutline(int glyphIndex) {
            throw absent();
        }

        @Override
        public Point2D getGlyphPosition(int glyphIndex) {
            return new Point2D.Float(x[glyphIndex], y[glyphIndex]);
        }

        @Override
        public void setGlyphPosition(int glyphIndex, Point2D newPos) {
            throw absent();
        }

        @Override
        public AffineTransform getGlyphTransform(int glyphIndex) {
            throw absent();
        }

        @Override
        public void setGlyphTransform(int glyphIndex, AffineTransform newTX) {
            throw absent();
        }

        @Override
        public float[] getGlyphPositions(int beginGlyphIndex, int numEntries, float[] positionReturn) {
            throw absent();
        }

        @Override
        public Shape getGlyphLogicalBounds(int glyphIndex) {
            throw absent();
        }

        @Override
        public Shape getGlyphVisualBounds(int glyphIndex) {
            throw absent();
        }

        @Override
        public GlyphMetrics getGlyphMetrics(int glyphIndex) {
            // Horizontal text: no vertical advance, as AWT reports it for an unrotated layout.
            return new GlyphMetrics(advance[glyphIndex], new Rectangle2D.Float(), GlyphMetrics.STANDARD);
        }

        @Override
        public GlyphJustificationInfo getGlyphJustificationInfo(int glyphIndex) {
            throw absent();
        }

        @Override
        public boolean equals(GlyphVector set) {
            return set == this;
        }

        private UnsupportedOperationException absent() {
            return new UnsupportedOperationException("only codes, char indices, positions and advances are kept");
        }
    }
}
