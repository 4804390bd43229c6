package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import plan.render.pdf.text.PdfFonts;

/**
 * A link within the document ("#name") leads to its anchor even when it comes first: the probe
 * walks the body to learn where anchors lead, and only a document with such a link is walked.
 */
class InternalLinksTest {
    @Test
    void onlyALinkToAnAnchorCountsAsALinkWithin() {
        assertThat(PdfRenderer.linksWithin(Fixture.parse("ดู [ข้อ 2](#later) ก่อน"))).isTrue();
        assertThat(PdfRenderer.linksWithin(Fixture.parse("| ก | ข |\n|---|---|\n| [ไป](#s1) | - |\n"))).as("in a table cell")
                .isTrue();
        assertThat(PdfRenderer.linksWithin(Fixture.parse("- ข้อ\n  - [ไป](#s1)\n"))).as("in a nested list").isTrue();
        assertThat(PdfRenderer.linksWithin(Fixture.parse("[เว็บ](https://example.org) และ <a id=\"x\"></a>ข้อความ")))
                .isFalse();
        assertThat(PdfRenderer.linksWithin(Fixture.parse("# รายงาน\n\nข้อความธรรมดา"))).isFalse();
    }

    @Test
    void aLinkBeforeItsAnchorLeadsThere() throws Exception {
        // The same document with the link and without: the contents link to their headings in both.
        assertThat(linksWithin(document("ไปที่ [ปลายทาง](#later)")))
                .as("links within the document").isEqualTo(linksWithin(document("ไปที่ ปลายทาง")) + 1);
    }

    /** A document of several pages whose first paragraph is {@code first} and whose last holds the anchor {@code later}. */
    private static byte[] document(String first) throws Exception {
        StringBuilder markdown = new StringBuilder("# ต้นเรื่อง\n\n").append(first).append("\n\n");
        for (int i = 0; i < 80; i++) {
            markdown.append("ย่อหน้าที่ ").append(i).append(" ขยายความให้เอกสารยาวกว่าหนึ่งหน้า\n\n");
        }
        markdown.append("# ท้ายเรื่อง\n\n<a id=\"later\"></a>ปลายทางอยู่ที่นี่\n");
        return Fixture.render(new PdfRenderer(PdfFonts.bundled()), markdown.toString(), Fixture.info(Fixture.EPOCH, false));
    }

    /** The link annotations of {@code pdf} that go to a place in it. */
    private static int linksWithin(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThan(2);
            int goTo = 0;
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfArray annotations = reader.getPageN(page).getAsArray(PdfName.ANNOTS);
                for (int i = 0; annotations != null && i < annotations.size(); i++) {
                    PdfDictionary a = annotations.getAsDict(i);
                    PdfDictionary action = a.getAsDict(PdfName.A);
                    if (PdfName.LINK.equals(a.getAsName(PdfName.SUBTYPE)) && (a.get(PdfName.DEST) != null
                            || action != null && PdfName.GOTO.equals(action.getAsName(PdfName.S)))) {
                        goTo++;
                    }
                }
            }
            return goTo;
        } finally {
            reader.close();
        }
    }
}
