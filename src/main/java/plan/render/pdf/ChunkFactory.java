package plan.render.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;

/**
 * Turns styled runs into OpenPDF chunks that break lines only between Thai words, carry their
 * links and define the anchors that sit on them.
 */
final class ChunkFactory {
    private final PdfStyles styles;
    private final ThaiLineBreaker breaker;
    private final Anchors anchors;

    ChunkFactory(PdfStyles styles, ThaiLineBreaker breaker, Anchors anchors) {
        this.styles = styles;
        this.breaker = breaker;
        this.anchors = anchors;
    }

    PdfStyles styles() {
        return styles;
    }

    ThaiLineBreaker breaker() {
        return breaker;
    }

    /** A left-aligned paragraph (justified text would skip Thai shaping in OpenPDF). */
    Paragraph paragraph(List<Inlines.Run> runs, float size, boolean bold, float leadingFactor, Color color) {
        Paragraph p = new Paragraph(size * leadingFactor);
        // The paragraph's own font is used for spacing lines; OpenPDF's default (Helvetica) is not
        // known to the glyph layout manager and would fail.
        p.setFont(styles.font(size, bold, false, color));
        p.setAlignment(Element.ALIGN_LEFT);
        chunks(runs, size, bold, color).forEach(p::add);
        return p;
    }

    /** One chunk per run, each split only where ICU allows a break in the whole paragraph's text. */
    List<Chunk> chunks(List<Inlines.Run> runs, float size, boolean bold, Color color) {
        StringBuilder all = new StringBuilder();
        runs.forEach(r -> all.append(r.text()));
        String text = all.toString();
        BitSet breaks = breaker.breaks(text);
        List<Chunk> out = new ArrayList<>(runs.size());
        int offset = 0;
        for (Inlines.Run run : runs) {
            String goTo = null;
            String url = null;
            if (run.href() != null) {
                if (run.href().startsWith("#")) {
                    goTo = anchors.resolve(run.href().substring(1));
                } else if (Inlines.isExternal(run.href())) {
                    url = run.href().trim();
                }
            }
            boolean linked = goTo != null || url != null;
            Font font = styles.font(size, bold || run.bold(), run.italic(), linked ? PdfStyles.LINK : color);
            if (run.strike()) {
                font.setStyle(font.getStyle() | Font.STRIKETHRU);
            }
            Chunk chunk = new Chunk(run.text(), font);
            chunk.setSplitCharacter(new ThaiSplitCharacter(breaks, offset, run.text(), breaker));
            if (goTo != null) {
                chunk.setLocalGoto(goTo);
            } else if (url != null) {
                chunk.setAnchor(url);
            }
            defineAnchors(chunk, run.anchors(), null);
            out.add(chunk);
            offset += run.text().length();
        }
        return out;
    }

    /**
     * Puts the first new anchor on the chunk as a named destination; further names on the same
     * spot (or all of them, when the chunk already has {@code destination}) lead to the same place.
     */
    void defineAnchors(Chunk chunk, List<String> names, String destination) {
        String here = destination;
        for (String name : names) {
            if (here == null) {
                if (anchors.define(name, name)) {
                    chunk.setLocalDestination(name);
                    here = name;
                }
            } else {
                anchors.define(name, here);
            }
        }
    }
}
