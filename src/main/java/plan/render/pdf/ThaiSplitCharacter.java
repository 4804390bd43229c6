package plan.render.pdf;

import java.util.BitSet;
import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.PdfChunk;

/**
 * Tells OpenPDF where a chunk may be split across lines: only at the line-break opportunities that
 * ICU found in the whole paragraph. Nothing is inserted into the text, so copy-paste is unchanged
 * (zero-width spaces would leak into copied text once ActualText is on).
 *
 * <p>OpenPDF passes the chunk's remaining text (what is left after earlier lines were split off),
 * which is a suffix of the chunk text; its offset locates the paragraph's break table.
 */
final class ThaiSplitCharacter implements SplitCharacter {
    private final BitSet paragraphBreaks;
    private final int chunkStart;
    private final String chunkText;
    private final ThaiLineBreaker breaker;
    // OpenPDF calls once per character with the same array during one split: remember its offset.
    private char[] lastArray;
    private int lastOffset;
    private BitSet lastBreaks;

    ThaiSplitCharacter(BitSet paragraphBreaks, int chunkStart, String chunkText, ThaiLineBreaker breaker) {
        this.paragraphBreaks = paragraphBreaks;
        this.chunkStart = chunkStart;
        this.chunkText = chunkText;
        this.breaker = breaker;
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = cc[current];
        if (c == ' ' || c == '\t' || c == '\n') {
            return true;
        }
        if (cc != lastArray) {
            lastArray = cc;
            locate(cc);
        }
        return lastBreaks.get(lastOffset + current + 1);
    }

    private void locate(char[] cc) {
        int offset = chunkText.length() - cc.length;
        if (offset >= 0 && chunkText.regionMatches(offset, new String(cc), 0, cc.length)) {
            lastOffset = chunkStart + offset;
            lastBreaks = paragraphBreaks;
        } else {
            // Not a suffix (OpenPDF changed the text): judge the piece on its own.
            lastOffset = 0;
            lastBreaks = breaker.breaks(new String(cc));
        }
    }
}
