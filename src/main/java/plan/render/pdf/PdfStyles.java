package plan.render.pdf;

import java.awt.Color;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/** Sizes, leadings and colours of the document, and fonts made from one borrowed {@link FontSet}. */
final class PdfStyles {
    static final float CM = 72f / 2.54f;
    static final float MARGIN_LEFT = 3 * CM;
    static final float MARGIN_RIGHT = 2 * CM;
    static final float MARGIN_TOP = 2.5f * CM;
    static final float MARGIN_BOTTOM = 2 * CM;

    static final float BODY = 16f;
    static final float TABLE = 14f;
    static final float HEADER = 12f;
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

    private final FontSet fonts;

    PdfStyles(FontSet fonts) {
        this.fonts = fonts;
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
        return new Font(bf, size, synthetic, color);
    }

    Font body() {
        return font(BODY, false, false);
    }

    /** Width of a text in points, as OpenPDF measures it when it fills lines. */
    float width(String text, float size, boolean bold) {
        return (bold ? fonts.bold : fonts.regular).getWidthPoint(text, size);
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
