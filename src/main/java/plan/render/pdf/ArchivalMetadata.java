package plan.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * What PDF/A-4 asks beyond a well-made PDF: the document's metadata as XMP (with the PDF/A-4 and
 * PDF/UA-2 identification), an output intent that defines the RGB colours (the JDK's sRGB
 * profile), and no document information dictionary, which PDF 2.0 deprecates.
 */
final class ArchivalMetadata {
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final byte[] OBJ = "obj".getBytes(StandardCharsets.US_ASCII);
    /** Read once: the JDK copies the profile out anew on every call, and every PDF embeds it. */
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private ArchivalMetadata() {
    }

    /** Sets the XMP metadata and the sRGB output intent; call before the document closes. */
    static void declare(PdfWriter writer, PdfDocumentInfo info) throws IOException {
        writer.setXmpMetadata(xmp(info));
        PdfStream profile = new PdfStream(SRGB_PROFILE);
        profile.put(PdfName.N, new PdfNumber(3));
        profile.flateCompress(writer.getCompressionLevel());
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SRGB));
        intent.put(PdfName.INFO, new PdfString(SRGB));
        intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
    }

    /** The XMP packet: title, author, subject, language, dates and the standards claimed. */
    static byte[] xmp(PdfDocumentInfo info) {
        String date = DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(info.epochSeconds()));
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\"\n")
                .append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
                .append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
                .append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n")
                .append("    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n")
                .append("    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                .append("   <dc:format>application/pdf</dc:format>\n")
                .append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n")
                .append("   <dc:creator><rdf:Seq><rdf:li>").append(escape(info.organization()))
                .append("</rdf:li></rdf:Seq></dc:creator>\n")
                .append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.period()))
                .append("</rdf:li></rdf:Alt></dc:description>\n")
                .append("   <dc:language><rdf:Bag><rdf:li>").append(escape(info.langTag()))
                .append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("   <xmp:CreatorTool>plan</xmp:CreatorTool>\n")
                .append("   <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("   <xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("   <xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
                .append("   <pdf:Producer>").append(escape(org.openpdf.text.Document.getVersion()))
                .append("</pdf:Producer>\n")
                .append("   <pdfaid:part>4</pdfaid:part>\n")
                .append("   <pdfaid:rev>2020</pdfaid:rev>\n")
                .append("   <pdfuaid:part>2</pdfuaid:part>\n")
                .append("   <pdfuaid:rev>2024</pdfuaid:rev>\n")
                .append("  </rdf:Description>\n")
                .append(" </rdf:RDF>\n")
                .append("</x:xmpmeta>\n")
                .append("<?xpacket end=\"r\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        b.appendCodePoint(c); // XML 1.0 has no other control characters
                    }
                }
            }
        });
        return b.toString();
    }

    /**
     * The PDF without its document information dictionary: OpenPDF always writes one (and takes
     * the trailer's /ID from it), PDF/A-4 allows none. Both the trailer's /Info entry and the
     * dictionary's content become spaces of the same length, so every offset in the
     * cross-reference table stays right; the emptied object is no longer referenced.
     */
    static byte[] withoutInfo(byte[] pdf) {
        byte[] out = pdf.clone();
        int startxref = lastIndexOf(out, "startxref".getBytes(StandardCharsets.US_ASCII), out.length);
        if (startxref < 0) {
            return out;
        }
        int trailer = Math.max(lastIndexOf(out, "trailer".getBytes(StandardCharsets.US_ASCII), startxref),
                xrefStreamStart(out, startxref));
        byte[] infoKey = "/Info ".getBytes(StandardCharsets.US_ASCII);
        int key = indexOf(out, infoKey, Math.max(trailer, 0), startxref);
        if (trailer < 0 || key < 0) {
            return out;
        }
        int p = key + infoKey.length;
        int numberStart = p;
        while (out[p] >= '0' && out[p] <= '9') {
            p++;
        }
        String number = new String(out, numberStart, p - numberStart, StandardCharsets.US_ASCII);
        byte[] ref = (" 0 R").getBytes(StandardCharsets.US_ASCII);
        if (number.isEmpty() || !Arrays.equals(Arrays.copyOfRange(out, p, p + ref.length), ref)) {
            return out;
        }
        Arrays.fill(out, key, p + ref.length, (byte) ' ');
        byte[] header = ("\n" + number + " 0 obj\n<<").getBytes(StandardCharsets.US_ASCII);
        int object = lastIndexOf(out, header, trailer); // written just before the trailer
        int end = object < 0 ? -1 : indexOf(out, "\nendobj".getBytes(StandardCharsets.US_ASCII), object, out.length);
        if (end > 0) {
            int dict = object + header.length - 2;
            Arrays.fill(out, dict, end, (byte) ' ');
            out[dict] = '<';
            out[dict + 1] = '<';
            out[dict + 2] = '>';
            out[dict + 3] = '>';
        }
        return out;
    }

    /** Where the object holding the cross-reference stream before {@code startxref} begins. */
    private static int xrefStreamStart(byte[] pdf, int startxref) {
        int offsetStart = startxref + "startxref".length();
        while (offsetStart < pdf.length && (pdf[offsetStart] == '\n' || pdf[offsetStart] == '\r' || pdf[offsetStart] == ' ')) {
            offsetStart++;
        }
        int p = offsetStart;
        while (p < pdf.length && pdf[p] >= '0' && pdf[p] <= '9') {
            p++;
        }
        if (p == offsetStart) {
            return -1;
        }
        int offset = Integer.parseInt(new String(pdf, offsetStart, p - offsetStart, StandardCharsets.US_ASCII));
        int obj = offset < pdf.length ? indexOf(pdf, OBJ, offset, Math.min(pdf.length, offset + 40)) : -1;
        return obj < 0 ? -1 : offset;
    }

    private static int indexOf(byte[] data, byte[] what, int from, int to) {
        outer:
        for (int i = Math.max(from, 0); i + what.length <= to; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] data, byte[] what, int before) {
        outer:
        for (int i = before - what.length; i >= 0; i--) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
