package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import plan.render.pdf.text.PdfFonts;

/**
 * The probe is skipped only where what it finds is known without it (no link within the
 * document, contents that surely fit one page, no list of tables), and the PDF is then the same,
 * byte for byte, as with the probe.
 */
class ContentsWithoutProbeTest {
    @Test
    void aReportLikeDocumentNeedsNoProbeAndComesOutTheSame() throws Exception {
        String markdown = document(12, "ผลการดำเนินงานตามเป้าประสงค์ที่ ");
        var parsed = Fixture.parse(markdown);
        PdfRenderer.Probe known = PdfRenderer.knownWithoutProbe(parsed, Headings.of(parsed), Headings.tables(parsed));
        assertThat(known).isNotNull();
        assertThat(known.contentsPages()).isEqualTo(1);
        assertThat(known.anchors()).isEmpty();
        assertThat(render(markdown, false)).isEqualTo(render(markdown, true));
    }

    @Test
    void contentsTooLongForOnePageAreProbedAndComeOutRight() throws Exception {
        String longTitle = "ผลการดำเนินงานตามตัวชี้วัดของกลยุทธ์ที่ส่งเสริมการจัดการเรียนรู้เชิงรุกและพัฒนาผู้เรียนทุกคนอย่างทั่วถึง ข้อที่ ";
        String markdown = document(30, longTitle);
        var parsed = Fixture.parse(markdown);
        assertThat(PdfRenderer.knownWithoutProbe(parsed, Headings.of(parsed), Headings.tables(parsed))).isNull();
        byte[] pdf = render(markdown, false);
        assertThat(pdf).isEqualTo(render(markdown, true));
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).as("cover, contents of more than one page, body").isGreaterThan(4);
        } finally {
            reader.close();
        }
    }

    @Test
    void aLinkWithinTheDocumentOrNoHeadingDecidesAsTheProbeWould() {
        var linked = Fixture.parse("# ก\n\nดู [ข](#x)\n\n# ข\n");
        assertThat(PdfRenderer.knownWithoutProbe(linked, Headings.of(linked), Headings.tables(linked))).isNull();
        var plain = Fixture.parse("ข้อความธรรมดา ไม่มีหัวข้อ\n");
        PdfRenderer.Probe none = PdfRenderer.knownWithoutProbe(plain, Headings.of(plain), Headings.tables(plain));
        assertThat(none).isNotNull();
        assertThat(none.contentsPages()).isZero();
    }

    /** {@code headings} numbered headings (each {@code title} and its number), each with a short paragraph. */
    private static String document(int headings, String title) {
        StringBuilder markdown = new StringBuilder("# รายงานผลการดำเนินงาน\n\n");
        for (int i = 1; i <= headings; i++) {
            markdown.append("## ").append(title).append(i).append("\n\nตัวชี้วัดบรรลุเป้าหมาย ").append(i).append(" ตัว\n\n");
        }
        return markdown.toString();
    }

    private static byte[] render(String markdown, boolean alwaysProbe) throws Exception {
        PdfRenderer renderer = new PdfRenderer(PdfFonts.bundled());
        renderer.alwaysProbe = alwaysProbe;
        return Fixture.render(renderer, markdown, Fixture.info(Fixture.EPOCH, false));
    }
}
