package plan.render.pdf;

import java.awt.font.GlyphVector;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutManager;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.draw.DrawInterface;
import plan.render.pdf.tagged.StructureTarget;
import plan.render.pdf.tagged.Tagging;
import plan.render.pdf.text.ParagraphLayout;
import plan.render.pdf.text.ThaiLexicon;
import plan.render.pdf.text.TypesettingBudget;

/**
 * Draws one line of a {@link ParagraphLayout} where OpenPDF puts it. The line reaches OpenPDF as a
 * separator chunk (a {@link DrawInterface}), so OpenPDF still does what it is good at (line
 * spacing, page breaks, indents, table cells) and calls back with the line's place.
 *
 * <p>The glyphs are the ones the GlyphLayoutManager shaped (marks placed on their bases), written
 * as a glyph array inside an ActualText span so copy-paste gives back the source text. A justified
 * line is spread the Thai way ("Thai distributed"): the slack goes first to the spaces between
 * phrases (up to a limit), the rest evenly before each grapheme cluster that touches Thai text, so a
 * mark never moves away from its base. OpenPDF's own justification cannot do this: for two-byte
 * fonts it skips shaping and ActualText, and word spacing never applies to two-byte codes.
 */
final class LineDrawing implements DrawInterface {
    /** The most a space may grow, in em, before the rest of the slack goes between clusters. */
    static final float SPACE_MAX = 0.25f;
    /** Looser than this between clusters (in em) looks broken: such a line stays unjustified. */
    static final float CLUSTER_MAX = 0.12f;
    private static final float DELTA = 1e-5f;

    private final ParagraphLayout para;
    private final ParagraphLayout.Line line;
    private final ParagraphLayout.Align align;
    private final float width;
    private final TypesettingBudget budget;
    private final StructureTarget target;
    /** Drawn once already: OpenPDF draws a table's header rows again on every page it continues on. */
    private boolean drawn;

    /** A line of an untagged PDF. */
    LineDrawing(ParagraphLayout para, ParagraphLayout.Line line, ParagraphLayout.Align align, float width,
            TypesettingBudget budget) {
        this(para, line, align, width, budget, StructureTarget.of(Tagging.off(), para.runs));
    }

    LineDrawing(ParagraphLayout para, ParagraphLayout.Line line, ParagraphLayout.Align align, float width,
            TypesettingBudget budget, StructureTarget target) {
        this.para = para;
        this.line = line;
        this.align = align;
        this.width = width;
        this.budget = budget;
        this.target = target;
    }

    /** The width the line's text takes, without justification's extra space. */
    float natural() {
        return line.natural();
    }

    @Override
    public void draw(PdfContentByte cb, float llx, float lly, float urx, float ury, float y) {
        budget.drewLine();
        // A repeat (a header row on a continued table) is decoration: the text is in the tree once.
        boolean repeat = drawn;
        drawn = true;
        if (line.inkEnd() <= line.from()) {
            anchorsInDroppedSpaces(cb, llx, y, repeat);
            return;
        }
        float slack = width - line.natural();
        float[] extra = align == ParagraphLayout.Align.JUSTIFY && !line.last() ? spread(slack) : null;
        float x = switch (align) {
            case CENTER -> llx + slack / 2;
            case RIGHT -> llx + slack;
            default -> llx;
        };
        List<float[]> strikes = new ArrayList<>();
        cb.saveState();
        cb.beginText();
        int p = line.from();
        Tagging tagging = target.tagging;
        while (p < line.inkEnd()) {
            int r = para.runAt(p);
            ParagraphLayout.StyledRun run = para.runs.get(r);
            int end = Math.min(run.end(), line.inkEnd());
            float x0 = x;
            PdfStructureElement element = repeat ? null : target.forRun(r, run);
            if (element != null) {
                tagging.begin(cb, element);
            } else {
                tagging.beginArtifact(cb);
            }
            x += segment(cb, run, p, end, x, y, extra);
            tagging.end(cb);
            if (run.strike()) {
                strikes.add(new float[] {x0, x, run.size(), r});
            }
            links(cb, run, p, end, x0, x, y, element, repeat);
            p = end;
        }
        cb.endText();
        anchorsInDroppedSpaces(cb, x, y, repeat);
        tagging.beginArtifact(cb); // a strike-through line only shows what the text says
        for (float[] s : strikes) {
            ParagraphLayout.StyledRun run = para.runs.get((int) s[3]);
            cb.setLineWidth(s[2] / 18f);
            cb.setColorStroke(run.color());
            float at = y + s[2] * PdfStyles.kaHeight(run.font()) / 2;
            cb.moveTo(s[0], at);
            cb.lineTo(s[1], at);
            cb.stroke();
        }
        tagging.end(cb);
        cb.restoreState();
    }

    /** Runs that start in the spaces dropped at the wrap still need their anchors defined. */
    private void anchorsInDroppedSpaces(PdfContentByte cb, float x, float y, boolean repeat) {
        for (int q = Math.max(line.from(), line.inkEnd()); q < line.to(); q++) {
            int r = para.runAt(q);
            ParagraphLayout.StyledRun run = para.runs.get(r);
            if (run.start() == q && run.destination() != null) {
                cb.localDestination(run.destination(), new PdfDestination(PdfDestination.XYZ, x, y + run.size(), 0));
                if (!repeat) {
                    target.tagging.links().landsOn(run.destination(), target.forRun(r, run));
                }
            }
        }
    }

    /**
     * Extra space before each char of the line (index: char - line start), or null when the line
     * is best left as it is: nothing to spread, or so much that the letters would fall apart.
     */
    float[] spread(float slack) {
        if (slack <= 0.01f) {
            return null;
        }
        String t = para.text;
        int spaces = 0;
        int clusters = 0;
        for (int q = line.from() + 1; q < line.inkEnd(); q++) {
            if (isSpaceGap(t, q)) {
                spaces++;
            } else if (isClusterGap(t, q)) {
                clusters++;
            }
        }
        float em = para.runs.get(para.runAt(line.from())).size();
        float perSpace = spaces == 0 ? 0 : Math.min(slack / spaces, SPACE_MAX * em);
        float rest = slack - perSpace * spaces;
        float perCluster = clusters == 0 ? 0 : rest / clusters;
        if (perCluster > CLUSTER_MAX * em) {
            return null;
        }
        if (clusters == 0 && rest > 0.01f) {
            if (spaces == 0) {
                return null;
            }
            perSpace += rest / spaces; // a line without Thai is justified like Latin text
        }
        float[] extra = new float[line.inkEnd() - line.from()];
        for (int q = line.from() + 1; q < line.inkEnd(); q++) {
            if (isSpaceGap(t, q)) {
                extra[q - line.from()] = perSpace;
            } else if (isClusterGap(t, q)) {
                extra[q - line.from()] = perCluster;
            }
        }
        return extra;
    }

    /** The first char after spaces between phrases. */
    private static boolean isSpaceGap(String t, int q) {
        return t.charAt(q - 1) == ' ' && t.charAt(q) != ' ';
    }

    /** A grapheme cluster starts here, next to Thai text, with no space on either side. */
    private boolean isClusterGap(String t, int q) {
        char a = t.charAt(q - 1);
        char b = t.charAt(q);
        return para.clusters.get(q) && a != ' ' && b != ' '
                && (ThaiLexicon.isThai(a) || ThaiLexicon.isThai(b));
    }

    /**
     * Draws chars [from, to) of one run starting at x, with the glyphs shaped when the paragraph
     * was measured; returns the width drawn.
     */
    private float segment(PdfContentByte cb, ParagraphLayout.StyledRun run, int from, int to, float x, float y,
            float[] extra) {
        String s = para.text.substring(from, to);
        BaseFont font = run.font();
        float size = run.size();
        cb.setFontAndSize(font, size);
        cb.setColorFill(run.color());
        if (run.fakeBold()) {
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
            cb.setLineWidth(size / 30f);
            cb.setColorStroke(run.color());
        } else {
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
        }
        if (run.fakeItalic()) {
            cb.setTextMatrix(1, 0, 0.21f, 1, x, y);
        } else {
            cb.setTextMatrix(x, y);
        }
        PdfDictionary actual = new PdfDictionary();
        actual.put(PdfName.ACTUALTEXT, new PdfString(s, PdfObject.TEXT_UNICODE));
        cb.beginMarkedContentSequence(PdfName.SPAN, actual, true);

        float factor = 1000f / size;
        double origin = para.x(from);
        GlyphArray ga = new GlyphArray();
        float lastX = 0;
        float lastAdvance = 0;
        float added = 0;
        int seen = from - 1;
        List<ParagraphLayout.Block> blocks = para.blocks();
        for (int bi = para.blockAt(from); bi < blocks.size() && blocks.get(bi).start < to; bi++) {
            ParagraphLayout.Block b = blocks.get(bi);
            if (!b.mapped) {
                Cmap.complete(cb, font, para.text.substring(b.start, b.end), b.glyphs.asGlyphVector());
                b.mapped = true;
            }
            float blockX = (float) (para.x(b.start) - origin);
            for (int g = 0; g < b.size(); g++) {
                int c = b.chars[g];
                if (c < from || c >= to) {
                    continue;
                }
                float gx = blockX + b.glyphs.x(g);
                float dx = gx - lastX - lastAdvance;
                if (extra != null && c > seen) {
                    for (int k = seen + 1; k <= c; k++) {
                        dx += extra[k - line.from()];
                        added += extra[k - line.from()];
                    }
                    seen = c;
                }
                float py = b.glyphs.y(g);
                boolean raised = Math.abs(py) >= DELTA;
                if (raised && !ga.isEmpty()) {
                    ga.show(cb, font);
                }
                if (raised) {
                    cb.setTextRise(-py);
                }
                if (Math.abs(dx) >= DELTA) {
                    ga.add(-dx * factor);
                }
                ga.add(b.glyphs.code(g));
                if (raised) {
                    ga.show(cb, font);
                    cb.setTextRise(0);
                }
                lastX = gx;
                lastAdvance = b.glyphs.advance(g);
            }
        }
        ga.show(cb, font);
        cb.endMarkedContentSequence();
        return (float) (para.x(to) - origin) + added;
    }

    /** Link areas and anchor destinations of the part of a run drawn between x0 and x1. */
    private void links(PdfContentByte cb, ParagraphLayout.StyledRun run, int from, int to, float x0, float x1,
            float y, PdfStructureElement element, boolean repeat) {
        float lly = y - run.size() * 0.3f;
        float ury = y + run.size();
        Tagging tagging = target.tagging;
        if (tagging.enabled()) {
            // In a tagged PDF a link is a Link element holding its text and its annotation; a
            // repeated header row is an artifact, and an artifact cannot hold a link.
            if ((run.goTo() != null || run.url() != null) && element != null) {
                tagging.links().link(element, run.goTo(), run.url(), para.text.substring(from, to), x0, lly, x1, ury);
            }
        } else if (run.goTo() != null) {
            cb.localGoto(run.goTo(), x0, lly, x1, ury);
        } else if (run.url() != null) {
            cb.setAction(new PdfAction(run.url()), x0, lly, x1, ury);
        }
        if (run.destination() != null && from == run.start()) {
            cb.localDestination(run.destination(), new PdfDestination(PdfDestination.XYZ, x0, ury, 0));
            if (!repeat) {
                tagging.links().landsOn(run.destination(), element);
            }
        }
    }

    /** Reaches GlyphLayoutManager's protected cmap completion, which the glyph array needs too. */
    private static final class Cmap extends GlyphLayoutManager {
        private Cmap() {
            super();
        }

        static void complete(PdfContentByte cb, BaseFont font, String text, GlyphVector gv) {
            completeCmap(cb, font, text, gv);
        }
    }
}
