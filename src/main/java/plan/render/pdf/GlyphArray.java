package plan.render.pdf;

import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Map;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ByteBuffer;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGlyphArray;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The glyphs and displacements of one TJ operator, written into the page exactly as OpenPDF's
 * {@code PdfContentByte.showText(PdfGlyphArray)} writes them: {@code [(..glyphs..)-9.91(..)]TJ},
 * each glyph code as two bytes (UTF-16BE of the code), with PDF string escapes. OpenPDF boxes
 * every glyph, makes a string of it and encodes that through a new charset encoder; on a page of
 * Thai that was the largest cost of drawing text. Here the codes stay in an int array.
 *
 * <p>The font subset still has to learn which glyphs the document uses. The first time a glyph
 * is drawn with a font in a document it is shown once through OpenPDF, which records it, and
 * what that wrote is taken back; {@link Seen} remembers which glyphs were recorded. A glyph code
 * OpenPDF would treat specially (the non-glyphs 0xFFFE and 0xFFFF, and codes in the UTF-16
 * surrogate range, which it writes as a replacement character) sends the whole array through
 * OpenPDF, so the bytes are OpenPDF's in every case.
 */
final class GlyphArray {
    /** The first glyph code this writer does not write itself (the surrogate range starts here). */
    private static final int PLAIN_LIMIT = 0xD800;

    /** An entry is a glyph code (>= 0) or a displacement, kept in {@link #moves} at the same index. */
    private static final int MOVE = -1;

    private int[] codes = new int[32];
    private float[] moves = new float[32];
    private int size;
    private boolean plain = true;
    private byte[] bytes = new byte[256];

    void add(float displacement) {
        grow();
        codes[size] = MOVE;
        moves[size++] = displacement;
    }

    void add(int glyphCode) {
        grow();
        if (glyphCode < 0 || glyphCode >= PLAIN_LIMIT) {
            plain = false;
        }
        codes[size++] = glyphCode;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
        plain = true;
    }

    private void grow() {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size * 2);
            moves = Arrays.copyOf(moves, size * 2);
        }
    }

    /** Shows the array with {@code font}, the font {@code cb} was last set to, and clears it. */
    void show(PdfContentByte cb, BaseFont font) {
        if (size == 0) {
            return;
        }
        if (!plain) {
            cb.showText(asOpenPdf()); // rare codes: OpenPDF's own path, its own bytes
            clear();
            return;
        }
        Seen.record(cb, font, this);
        ByteBuffer content = cb.getInternalBuffer();
        content.append_i('[');
        boolean lastWasMove = false;
        for (int i = 0; i < size; ) {
            if (codes[i] == MOVE) {
                if (lastWasMove) {
                    content.append_i(' ');
                }
                lastWasMove = true;
                content.append(moves[i++]);
                continue;
            }
            // A run of glyphs is one string: escaped into a scratch array, added in one copy.
            int end = i;
            while (end < size && codes[end] != MOVE) {
                end++;
            }
            byte[] out = scratch(2 + 4 * (end - i));
            int n = 0;
            out[n++] = '(';
            for (; i < end; i++) {
                n = escaped(out, n, codes[i] >>> 8);
                n = escaped(out, n, codes[i] & 0xFF);
            }
            out[n++] = ')';
            content.append(out, 0, n);
            lastWasMove = false;
        }
        content.append("]TJ").append_i('\n');
        clear();
    }

    private byte[] scratch(int length) {
        if (bytes.length < length) {
            bytes = new byte[Math.max(length, bytes.length * 2)];
        }
        return bytes;
    }

    /** One byte of a literal string, escaped as OpenPDF escapes it, at {@code at}; returns the next free index. */
    private static int escaped(byte[] out, int at, int b) {
        char escape = switch (b) {
            case '\r' -> 'r';
            case '\n' -> 'n';
            case '\t' -> 't';
            case '\b' -> 'b';
            case '\f' -> 'f';
            case '(', ')', '\\' -> (char) b;
            default -> 0;
        };
        if (escape != 0) {
            out[at++] = '\\';
            out[at++] = (byte) escape;
        } else {
            out[at++] = (byte) b;
        }
        return at;
    }

    private PdfGlyphArray asOpenPdf() {
        PdfGlyphArray ga = new PdfGlyphArray();
        for (int i = 0; i < size; i++) {
            if (codes[i] == MOVE) {
                ga.add(moves[i]);
            } else {
                ga.add(codes[i]);
            }
        }
        return ga;
    }

    /**
     * The glyphs OpenPDF has recorded for the subset of each font of the document this thread
     * draws now. A thread draws one document at a time; when it moves to another writer it starts
     * afresh (recording a glyph twice is harmless: OpenPDF keeps the first). Per thread, not
     * owned by a build: it is tied to one writer, which belongs to one document of one build.
     */
    private static final class Seen {
        private static final ThreadLocal<Seen> CURRENT = new ThreadLocal<>();

        /** Weakly: a thread's last document is not kept alive by this. */
        private final WeakReference<PdfWriter> writer;
        private final Map<BaseFont, BitSet> byFont = new IdentityHashMap<>();

        private Seen(PdfWriter writer) {
            this.writer = new WeakReference<>(writer);
        }

        /** Shows the glyphs of {@code array} new to this document's subset of {@code font} through OpenPDF, then takes the text back. */
        static void record(PdfContentByte cb, BaseFont font, GlyphArray array) {
            Seen seen = CURRENT.get();
            if (seen == null || seen.writer.get() != cb.getPdfWriter()) {
                seen = new Seen(cb.getPdfWriter());
                CURRENT.set(seen);
            }
            BitSet known = seen.byFont.computeIfAbsent(font, f -> new BitSet());
            PdfGlyphArray fresh = null;
            for (int i = 0; i < array.size; i++) {
                int code = array.codes[i];
                if (code != MOVE && !known.get(code)) {
                    known.set(code);
                    if (fresh == null) {
                        fresh = new PdfGlyphArray();
                    }
                    fresh.add(code);
                }
            }
            if (fresh != null) {
                ByteBuffer content = cb.getInternalBuffer();
                int mark = content.size();
                cb.showText(fresh);
                content.setSize(mark);
            }
        }
    }
}
