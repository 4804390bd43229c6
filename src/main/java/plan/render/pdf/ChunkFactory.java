package plan.render.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import plan.render.pdf.tagged.StructureTarget;
import plan.render.pdf.tagged.Tagging;
import plan.render.pdf.text.ParagraphLayout;
import plan.render.pdf.text.ThaiLineBreaker;
import plan.render.pdf.text.TypesettingBudget;

/**
 * Turns styled runs into OpenPDF paragraphs whose lines we break and draw ourselves
 * ({@link ParagraphLayout}, {@link LineDrawing}): one separator chunk per line, which OpenPDF
 * places (spacing, page breaks, cells) and lets us draw. Lines end only between Thai words, carry
 * their links and define the anchors that sit on them.
 */
final class ChunkFactory {
    private final PdfStyles styles;
    private final ThaiLineBreaker breaker;
    private final NamedDestinations anchors;
    private final TypesettingBudget budget;
    private final Tagging tagging;
    /** When set, paragraphs only define their anchors: the probe's walk of the body needs no lines. */
    private boolean anchorsOnly;

    ChunkFactory(PdfStyles styles, ThaiLineBreaker breaker, NamedDestinations anchors, TypesettingBudget budget,
            Tagging tagging) {
        this.styles = styles;
        this.tagging = tagging;
        this.breaker = breaker;
        this.anchors = anchors;
        this.budget = budget;
    }

    /** From now on, make empty paragraphs that only define anchors (for a walk that lays nothing out). */
    void anchorsOnly() {
        anchorsOnly = true;
    }

    PdfStyles styles() {
        return styles;
    }

    ThaiLineBreaker breaker() {
        return breaker;
    }

    /** The structure the paragraphs made from now on go into. */
    Tagging tagging() {
        return tagging;
    }

    /** A paragraph of nominal size {@code size}, {@code width} points wide, without a first-line indent. */
    Paragraph paragraph(List<Inlines.Run> runs, float size, boolean bold, float leadingFactor, Color color,
            float width, ParagraphLayout.Align align) {
        return paragraph(runs, size, bold, leadingFactor, color, width, 0, align);
    }

    Paragraph paragraph(List<Inlines.Run> runs, float size, boolean bold, float leadingFactor, Color color,
            float width, float firstIndent, ParagraphLayout.Align align) {
        return paragraph(runs, size, bold, leadingFactor, color, width, firstIndent, align, null);
    }

    /**
     * A paragraph that links as a whole to the named destination {@code goTo} (an entry of the
     * contents), in its own colour rather than the link colour.
     */
    Paragraph paragraphLinkedTo(String goTo, List<Inlines.Run> runs, float size, boolean bold, float leadingFactor,
            Color color, float width, ParagraphLayout.Align align) {
        return paragraph(runs, size, bold, leadingFactor, color, width, 0, align, goTo);
    }

    private Paragraph paragraph(List<Inlines.Run> runs, float size, boolean bold, float leadingFactor, Color color,
            float width, float firstIndent, ParagraphLayout.Align align, String goTo) {
        Paragraph p = new Paragraph(styles.leading(size, leadingFactor));
        // The paragraph's own font is used for spacing lines; OpenPDF's default (Helvetica) is not
        // embedded and would show up in the document's fonts.
        p.setFont(styles.font(size, bold, false, color));
        p.setAlignment(Element.ALIGN_LEFT);
        p.setFirstLineIndent(firstIndent);
        lines(runs, size, bold, color, width, firstIndent, align, goTo).forEach(p::add);
        return p;
    }

    /**
     * The paragraph's lines as chunks: a separator that draws the line, then a newline. The lines
     * are broken here, for {@code width} points ({@code width - firstIndent} for the first line).
     */
    List<Chunk> lines(List<Inlines.Run> runs, float size, boolean bold, Color color, float width, float firstIndent,
            ParagraphLayout.Align align) {
        return lines(runs, size, bold, color, width, firstIndent, align, null);
    }

    private List<Chunk> lines(List<Inlines.Run> runs, float size, boolean bold, Color color, float width,
            float firstIndent, ParagraphLayout.Align align, String goToAll) {
        ParagraphLayout layout = layout(runs, size, bold, color, goToAll);
        if (layout == null) {
            return List.of();
        }
        Font plain = styles.font(size, bold, false, color);
        List<ParagraphLayout.Line> lines = layout.lines(width - firstIndent, width);
        StructureTarget target = StructureTarget.of(tagging, layout.runs);
        List<Chunk> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            ParagraphLayout.Line line = lines.get(i);
            float w = i == 0 ? width - firstIndent : width;
            LineDrawing drawing = new LineDrawing(layout, line, align, w, budget, target);
            // A vertical separator: OpenPDF calls it at the line's start and, unlike a horizontal
            // one, writes no text operator of its own. A line but the last is a newline that is
            // such a separator too: a plain newline leaves a placeholder that OpenPDF prints as a
            // space, text outside the structure tree (PDF/UA forbids it).
            Chunk chunk;
            if (i + 1 < lines.size()) {
                chunk = new Chunk("\n", plain);
                java.util.Map<String, Object> separator = new java.util.HashMap<>();
                separator.put(Chunk.SEPARATOR, new Object[] {drawing, Boolean.TRUE});
                chunk.setChunkAttributes(separator);
            } else {
                chunk = new Chunk(drawing, true);
                chunk.setFont(plain);
            }
            out.add(chunk);
        }
        return out;
    }

    private ParagraphLayout layout(List<Inlines.Run> runs, float size, boolean bold, Color color, String goToAll) {
        StringBuilder all = new StringBuilder();
        List<ParagraphLayout.StyledRun> styled = new ArrayList<>(runs.size());
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
            boolean linked = goToAll == null && (goTo != null || url != null);
            if (goToAll != null) {
                goTo = goToAll;
            }
            Font font = styles.font(size, bold || run.bold(), run.italic(), linked ? styles.link() : color);
            String destination = defineAnchors(run.anchors(), null);
            if (anchorsOnly) {
                continue;
            }
            int start = all.length();
            all.append(run.text());
            styled.add(new ParagraphLayout.StyledRun(start, all.length(), font.getBaseFont(), font.getSize(),
                    font.getColor(), (font.getStyle() & Font.BOLD) != 0, (font.getStyle() & Font.ITALIC) != 0,
                    run.strike(), goTo, url, destination));
        }
        return anchorsOnly ? null : new ParagraphLayout(all.toString(), styled, breaker, styles.fontSet().shaper, budget);
    }

    /**
     * Defines the anchors on one spot: the first new name becomes a named destination (returned),
     * further names (or all of them, when the spot already has {@code destination}) lead there too.
     */
    String defineAnchors(List<String> names, String destination) {
        String here = destination;
        String created = null;
        for (String name : names) {
            if (here == null) {
                if (anchors.define(name, name)) {
                    here = name;
                    created = name;
                }
            } else {
                anchors.define(name, here);
            }
        }
        return created;
    }

}
