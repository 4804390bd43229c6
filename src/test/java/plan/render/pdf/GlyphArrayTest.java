package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfGlyphArray;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.PRStream;
import plan.render.pdf.text.FontSet;
import plan.render.pdf.text.PdfFonts;

/**
 * {@link GlyphArray} writes what OpenPDF's {@code showText(PdfGlyphArray)} writes: the same page
 * bytes for every array (glyph codes whose bytes need escaping, runs of displacements, the codes
 * OpenPDF treats specially), and the same font subset (glyphs, widths, Unicode map) in the file.
 */
class GlyphArrayTest {
    /** One entry of a test array: a glyph code, or a displacement when {@code glyph} is null. */
    private record Entry(Integer glyph, float move) {
    }

    static FontSet fonts;

    @BeforeAll
    static void load() throws Exception {
        fonts = FontSet.load(PdfFonts.bundled());
    }

    @Test
    void pagesAndSubsetsAreOpenPdfsForRandomArrays() throws Exception {
        Random random = new Random(17);
        List<List<Entry>> arrays = new ArrayList<>();
        // Codes with a byte OpenPDF escapes inside a string (\r \n \t \b \f ( ) \), low or high.
        int[] awkward = {0x0D, 0x0A, 0x09, 0x08, 0x0C, 0x28, 0x29, 0x5C, 0x10A, 0x10D, 0x128, 0x129, 0x15C};
        int glyphs = 400; // the bundled font has more: every code drawn is a real glyph
        for (int a = 0; a < 300; a++) {
            List<Entry> array = new ArrayList<>();
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(10);
                if (kind < 3) {
                    array.add(new Entry(null, (random.nextFloat() - 0.5f) * 40f));
                } else if (kind < 4) {
                    array.add(new Entry(awkward[random.nextInt(awkward.length)], 0));
                } else {
                    array.add(new Entry(1 + random.nextInt(glyphs), 0));
                }
            }
            arrays.add(array);
        }
        Drawn openPdf = draw(arrays, VIA_OPENPDF, true);
        Drawn ours = draw(arrays, OURS, true);
        assertThat(ours.pages).hasSize(arrays.size());
        for (int i = 0; i < arrays.size(); i++) {
            assertThat(ours.pages.get(i)).as("array %d: %s", i, arrays.get(i)).isEqualTo(openPdf.pages.get(i));
        }
        assertThat(String.join("\n", openPdf.pages)).contains("\\(", "\\)", "\\\\", "\\n", "\\r", "\\t", "\\b", "\\f");
        assertThat(subset(ours.pdf)).isEqualTo(subset(openPdf.pdf)).hasSize(3);
        assertThat(subset(ours.pdf).get(0)).as("widths of the glyphs used").contains("[");
    }

    @Test
    void codesOpenPdfTreatsSpeciallyGoThroughOpenPdf() throws Exception {
        List<List<Entry>> arrays = List.of(
                List.of(new Entry(40, 0), new Entry(0xFFFF, 0), new Entry(41, 0)),
                List.of(new Entry(0xD800, 0), new Entry(null, 3f), new Entry(0xDFFF, 0)),
                List.of(new Entry(null, 1f), new Entry(null, -2.5f), new Entry(42, 0)));
        Drawn openPdf = draw(arrays, VIA_OPENPDF, false);
        Drawn ours = draw(arrays, OURS, false);
        assertThat(ours.pages).isEqualTo(openPdf.pages);
        assertThat(ours.pages.get(2)).startsWith("[1 -2.5(");
    }

    /** The page bytes each array made, and the finished file. */
    private record Drawn(List<String> pages, byte[] pdf) {
    }

    /** Shows an array as OpenPDF does. */
    private static final BiConsumer<PdfContentByte, List<Entry>> VIA_OPENPDF = (cb, array) -> {
        PdfGlyphArray ga = new PdfGlyphArray();
        each(array, ga::add, move -> ga.add((float) move));
        cb.showText(ga);
    };

    /** Shows an array through {@link GlyphArray}, which is empty afterwards. */
    private static final BiConsumer<PdfContentByte, List<Entry>> OURS = (cb, array) -> {
        GlyphArray ga = new GlyphArray();
        each(array, ga::add, move -> ga.add((float) move));
        ga.show(cb, fonts.regular);
        assertThat(ga.isEmpty()).isTrue();
    };

    /** Hands each entry of {@code array}, in order, to {@code glyph} or to {@code move}. */
    private static void each(List<Entry> array, IntConsumer glyph, DoubleConsumer move) {
        for (Entry e : array) {
            if (e.glyph() == null) {
                move.accept(e.move());
            } else {
                glyph.accept(e.glyph());
            }
        }
    }

    /** {@code finish}: close the document (a font subset cannot be made of codes beyond the font's glyphs). */
    private static Drawn draw(List<List<Entry>> arrays, BiConsumer<PdfContentByte, List<Entry>> show, boolean finish)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCompressionLevel(org.openpdf.text.pdf.PdfStream.NO_COMPRESSION);
        document.open();
        PdfContentByte cb = writer.getDirectContent();
        List<String> pages = new ArrayList<>();
        for (List<Entry> array : arrays) {
            cb.beginText();
            cb.setFontAndSize(fonts.regular, 12f);
            int mark = cb.getInternalBuffer().size();
            show.accept(cb, array);
            byte[] all = cb.getInternalBuffer().toByteArray();
            pages.add(new String(all, mark, all.length - mark, java.nio.charset.StandardCharsets.ISO_8859_1));
            cb.endText();
        }
        if (finish) {
            document.close();
        }
        return new Drawn(pages, out.toByteArray());
    }

    /** The embedded font as the file has it: its widths, its font program, its Unicode map. */
    private static List<String> subset(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject object = reader.getPdfObject(i);
            if (!(object instanceof PdfDictionary font) || !PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE))) {
                continue;
            }
            PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
            PdfDictionary cid = (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
            parts.add(cid.getAsArray(PdfName.W).toString());
            PdfDictionary descriptor = (PdfDictionary) PdfReader.getPdfObject(cid.get(PdfName.FONTDESCRIPTOR));
            PRStream program = (PRStream) PdfReader.getPdfObject(descriptor.get(PdfName.FONTFILE2));
            parts.add(java.util.HexFormat.of().formatHex(PdfReader.getStreamBytes(program)));
            PRStream toUnicode = (PRStream) PdfReader.getPdfObject(font.get(PdfName.TOUNICODE));
            parts.add(new String(PdfReader.getStreamBytes(toUnicode), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        reader.close();
        return parts;
    }
}
