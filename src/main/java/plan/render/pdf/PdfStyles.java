package plan.render.pdf;

import java.awt.Color;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import plan.render.pdf.text.FontSet;

/**
 * Sizes, leadings and colours of the document, and fonts made from one borrowed {@link FontSet}.
 *
 * <p>Sizes are given as the point sizes of official Thai documents, which are set in TH Sarabun
 * New/PSK (body 16 pt). Fonts differ in how large they draw their letters on the em: Google's
 * Sarabun draws ก 586/1000 em high, TH Sarabun New about 400/1000, so Sarabun at 16 pt looks like
 * 23 pt to an officer. {@link #font} therefore scales every size by the height of ก in the font
 * actually used, read from its own metrics: any Thai font named with {@code --font} comes out at
 * the size an officer expects.
 */
final class PdfStyles {
    static final float CM = 72f / 2.54f;
    static final float MARGIN_LEFT = 3 * CM;
    static final float MARGIN_RIGHT = 2 * CM;
    static final float MARGIN_TOP = 2.5f * CM;
    static final float MARGIN_BOTTOM = 2 * CM;

    /** Nominal sizes, in TH Sarabun New points. */
    static final float BODY = 16f;
    static final float TABLE = 14f;
    static final float HEADER = 12f;
    /** Height of ก in TH Sarabun New, in em: the letter whose height officers judge size by. */
    static final float REFERENCE_KA_HEIGHT = 0.400f;
    /** Thai marks stack above and below the letters: lines need more room than Latin text. */
    static final float BODY_LEADING = 1.45f;
    /** In table cells marks touched the line above at less than about 1.5. */
    static final float CELL_LEADING = 1.55f;

    static final Color TEXT = Color.BLACK;
    static final Color MUTED = new Color(0x55, 0x55, 0x55);
    static final Color LINK = new Color(0x1F, 0x4E, 0x79);
    static final Color RULE = new Color(0x99, 0x99, 0x99);
    static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF1);
    static final Color QUOTE_FILL = new Color(0xF4, 0xF6, 0xF8);
    static final Color QUOTE_BAR = new Color(0x1F, 0x4E, 0x79);

    /** The official look's table heads: a neutral grey, no tint. */
    static final Color OFFICIAL_HEADER_FILL = new Color(0xE6, 0xE6, 0xE6);
    static final Color OFFICIAL_CHART_BAR = new Color(0x59, 0x59, 0x59);

    private final FontSet fonts;
    private final float scale;
    private final boolean official;

    PdfStyles(FontSet fonts) {
        this(fonts, false);
    }

    /** @param official the official look: black headings and links, no coloured boxes or bars */
    PdfStyles(FontSet fonts, boolean official) {
        this.fonts = fonts;
        this.scale = REFERENCE_KA_HEIGHT / kaHeight(fonts.regular);
        this.official = official;
    }

    boolean official() {
        return official;
    }

    /** The colour of chapter headings and the document's titles. */
    Color heading() {
        return official ? TEXT : LINK;
    }

    /** The colour of a link's text: official documents print links as the text around them. */
    Color link() {
        return official ? TEXT : LINK;
    }

    /** The bars of a chart: the official look prints in black and greys. */
    Color chartBar() {
        return official ? OFFICIAL_CHART_BAR : LINK;
    }

    /** The fill of a table's head row. */
    Color headerFill() {
        return official ? OFFICIAL_HEADER_FILL : HEADER_FILL;
    }

    /** Height of ก above the baseline, in em, from the font's glyph box (0.5 em if it has none). */
    static float kaHeight(BaseFont font) {
        int[] box = font.getCharBBox('\u0E01');
        if (box == null || box[3] <= 0) {
            return 0.5f;
        }
        return box[3] / 1000f;
    }

    /** The real point size that looks like {@code nominal} points of TH Sarabun New. */
    float pt(float nominal) {
        return nominal * scale;
    }

    /** Line spacing of a paragraph of nominal size {@code size}. */
    float leading(float size, float factor) {
        return pt(size) * factor;
    }

    FontSet fontSet() {
        return fonts;
    }

    Font font(float size, boolean bold, boolean italic) {
        return font(size, bold, italic, TEXT);
    }

    Font font(float size, boolean bold, boolean italic, Color color) {
        BaseFont bf;
        int synthetic;
        if (bold && italic) {
            bf = fonts.boldItalic;
            synthetic = fonts.boldItalicSynthetic;
        } else if (bold) {
            bf = fonts.bold;
            synthetic = fonts.boldSynthetic;
        } else if (italic) {
            bf = fonts.italic;
            synthetic = fonts.italicSynthetic;
        } else {
            bf = fonts.regular;
            synthetic = 0;
        }
        return new Font(bf, pt(size), synthetic, color);
    }

    Font body() {
        return font(BODY, false, false);
    }

    /** Width of a text in points at nominal size {@code size}, unshaped (hmtx advances). */
    float width(String text, float size, boolean bold) {
        return (bold ? fonts.bold : fonts.regular).getWidthPoint(text, pt(size));
    }

    /** The first of the candidates the font has a glyph for (bullets differ between fonts). */
    String firstAvailable(String... candidates) {
        for (String c : candidates) {
            if (c.chars().allMatch(fonts.regular::charExists)) {
                return c;
            }
        }
        return "-";
    }
}
