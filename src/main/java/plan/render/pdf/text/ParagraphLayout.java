package plan.render.pdf.text;

import java.awt.Color;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.openpdf.text.pdf.BaseFont;

/**
 * One paragraph's text, measured with its shaped glyphs and broken into lines by us rather than by
 * OpenPDF, so that lines end only where {@link ThaiLineBreaker} allows and can be justified the
 * Thai way ({@code LineDrawing}).
 *
 * <p>Linear in the paragraph's length: break opportunities and grapheme clusters are computed once
 * per text, advances once per character (shaping in blocks of bounded size), and the greedy line
 * filler looks at each character at most twice (once more only for the characters after the last
 * break opportunity of a full line). OpenPDF's own line filling re-measured the rest of the
 * paragraph for every line, which made a 1 MB paragraph take minutes.
 */
public final class ParagraphLayout {
    public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    /** A run of text in one style, with what its drawing needs: chars [start, end) of the paragraph. */
    public record StyledRun(int start, int end, BaseFont font, float size, Color color, boolean fakeBold,
            boolean fakeItalic, boolean strike, String goTo, String url, String destination) {
    }

    /** Chars [from, to) of the paragraph; [from, inkEnd) is drawn (spaces at a wrap are not). */
    public record Line(int from, int to, int inkEnd, float natural, boolean last) {
    }

    /** Shaping a whole paragraph at once costs memory for nothing: shape it in blocks of about this. */
    private static final int BLOCK = 2048;

    /**
     * The shaped glyphs of chars [start, end) of one run, kept for drawing: each char is shaped
     * once. The glyphs ({@link ShapedRun}) may be shared with other paragraphs and documents;
     * {@code chars} here are indices in this paragraph.
     */
    public static final class Block {
        public final int start;
        public final int end;
        public final ShapedRun glyphs;
        public final int[] chars;
        /** Whether the font's ToUnicode filler has this block's glyphs (once per document). */
        public boolean mapped;

        public Block(int start, int end, ShapedRun glyphs) {
            this.start = start;
            this.end = end;
            this.glyphs = glyphs;
            chars = new int[glyphs.size()];
            for (int g = 0; g < chars.length; g++) {
                chars[g] = start + glyphs.charIndex(g);
            }
        }

        public int size() {
            return chars.length;
        }
    }

    public final String text;
    public final List<StyledRun> runs;
    public final BitSet clusters;
    private final Shaper shaper;
    private final BitSet breaks;
    private final List<Block> blocks = new ArrayList<>();
    private final float[] advance;
    private final double[] prefix;
    private final TypesettingBudget budget;

    public ParagraphLayout(String text, List<StyledRun> runs, ThaiLineBreaker breaker, Shaper shaper,
            TypesettingBudget budget) {
        this.text = text;
        this.runs = runs;
        this.shaper = shaper;
        this.budget = budget;
        budget.paragraph(text.length());
        this.breaks = breaker.breaks(text);
        this.clusters = breaker.clusterStarts(text);
        this.advance = new float[text.length()];
        for (StyledRun r : runs) {
            measure(r);
        }
        prefix = new double[text.length() + 1];
        for (int i = 0; i < advance.length; i++) {
            prefix[i + 1] = prefix[i] + advance[i];
        }
    }

    /** Natural width of chars [from, to), as shaped. */
    public float width(int from, int to) {
        return (float) (prefix[to] - prefix[from]);
    }

    /** Where chars before {@code p} end, from the paragraph's start. */
    public double x(int p) {
        return prefix[p];
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** The index of the block holding char {@code p} (blocks are sorted; '\n' is in none). */
    public int blockAt(int p) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (blocks.get(mid).start <= p) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The run holding char {@code p} (runs are sorted and cover the text). */
    public int runAt(int p) {
        int lo = 0;
        int hi = runs.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (runs.get(mid).start() <= p) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Shapes the run in blocks cut where a line may end (shaping never spans a word there). */
    private void measure(StyledRun r) {
        int p = r.start();
        int nl = text.indexOf('\n', p); // found once, not once per block: that would be quadratic
        int[] directionEnds = directionRuns(r);
        int nextDirection = 0;
        while (p < r.end()) {
            int end = Math.min(r.end(), p + BLOCK);
            if (end < r.end()) {
                int cut = breaks.previousSetBit(end);
                end = cut > p + BLOCK / 2 ? cut : end;
            }
            while (nextDirection < directionEnds.length && directionEnds[nextDirection] <= p) {
                nextDirection++;
            }
            if (nextDirection < directionEnds.length && directionEnds[nextDirection] < end) {
                end = directionEnds[nextDirection]; // the layout manager shapes one direction at a time
            }
            if (nl >= 0 && nl < p) {
                nl = text.indexOf('\n', p);
            }
            if (nl >= 0 && nl < end) {
                end = nl;
            }
            if (end > p) {
                Block b = new Block(p, end, shaper.shape(r.font(), r.size(), text.substring(p, end)));
                for (int g = 0; g < b.size(); g++) {
                    advance[b.chars[g]] += b.glyphs.x(g + 1) - b.glyphs.x(g);
                }
                blocks.add(b);
            }
            p = end;
            if (p < r.end() && text.charAt(p) == '\n') {
                p++; // a hard line break has no width
            }
        }
    }

    /**
     * Where each stretch of one writing direction ends, for a run that mixes them (Arabic or
     * Hebrew among Thai): OpenPDF's layout manager refuses text of mixed direction, so such text
     * is shaped a stretch at a time. Empty for the usual one-direction run.
     */
    private int[] directionRuns(StyledRun r) {
        char[] chars = text.substring(r.start(), r.end()).toCharArray();
        if (!java.text.Bidi.requiresBidi(chars, 0, chars.length)) {
            return new int[0];
        }
        java.text.Bidi bidi = new java.text.Bidi(chars, 0, null, 0, chars.length,
                java.text.Bidi.DIRECTION_LEFT_TO_RIGHT);
        int[] ends = new int[bidi.getRunCount()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = r.start() + bidi.getRunLimit(i);
        }
        return ends;
    }

    /**
     * Greedy first fit: each line takes as many words as fit in {@code width} ({@code firstWidth}
     * for the first). A word wider than a whole line is cut between grapheme clusters.
     */
    public List<Line> lines(float firstWidth, float width) {
        List<Line> out = new ArrayList<>();
        int n = text.length();
        int pos = 0;
        while (pos < n || out.isEmpty()) {
            float w = out.isEmpty() ? firstWidth : width;
            int p = pos;
            double x = 0;
            int candidate = -1;
            int end = -1;
            boolean hard = false;
            while (p < n) {
                char c = text.charAt(p);
                if (c == '\n') {
                    end = p;
                    hard = true;
                    break;
                }
                x += advance[p];
                if (c != ' ' && x > w + 0.01 && p > pos) {
                    end = candidate > pos ? candidate : emergencyCut(pos, p);
                    break;
                }
                p++;
                if (p < n && breaks.get(p)) {
                    candidate = p;
                }
            }
            budget.examined(p - pos + 1);
            if (end < 0) {
                end = n;
            }
            int inkEnd = end;
            while (inkEnd > pos && Character.isWhitespace(text.charAt(inkEnd - 1))) {
                inkEnd--;
            }
            out.add(new Line(pos, end, inkEnd, width(pos, inkEnd), hard || end == n));
            pos = hard ? end + 1 : end;
        }
        return out;
    }

    /** The last cluster boundary before {@code p}, or after the first cluster if there is none. */
    private int emergencyCut(int from, int p) {
        int q = clusters.previousSetBit(p);
        if (q <= from) {
            q = clusters.nextSetBit(from + 1);
        }
        return q < 0 || q > text.length() ? p : q;
    }
}
