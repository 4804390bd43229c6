package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PRStream;

import plan.render.pdf.text.PdfFonts;
import plan.testing.Cli;

/**
 * Issue 32: a logo is read once per build, not once per cover (reading a 600-pixel PNG took
 * longer than the rest of a plan's PDF), and every cover still carries the whole image. Issue 26:
 * the logos read belong to the build's renderer, so builds in one JVM never share or forget each
 * other's (each test here makes its own owner and depends on no other test).
 */
class CoverLogoTest {
    private static final Path PNG = Path.of("examples/official/logo.png");

    private static final byte[] SVG = ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\">"
            + "<rect width=\"200\" height=\"100\" fill=\"#1d3f8a\"/></svg>").getBytes(StandardCharsets.UTF_8);

    @Test
    void theSameLogoIsReadOnceAndSharedByTheCoversThatShowIt() throws Exception {
        byte[] png = Files.readAllBytes(PNG);
        CoverLogo logos = new CoverLogo();
        CoverLogo.Placed first = logos.placed(new PdfLogo(png, 600, 600, false));
        assertThat(logos.placed(new PdfLogo(png.clone(), 600, 600, false))).isSameAs(first);
        assertThat(logos.readings()).isEqualTo(1);
        // Another logo is another image.
        assertThat(logos.placed(new PdfLogo(png, 300, 600, false))).isNotSameAs(first);
        assertThat(logos.readings()).isEqualTo(2);
        assertThat(first.width()).isEqualTo(first.height()); // a square logo, 3.5 cm high
        assertThat(first.height()).isCloseTo(CoverLogo.MAX_HEIGHT, org.assertj.core.data.Offset.offset(0.01f));
    }

    @Test
    void anSvgLogoIsDrawnOnceForAllThePlansThatShowIt() throws Exception {
        CoverLogo logos = new CoverLogo();
        CoverLogo.Placed first = logos.placed(new PdfLogo(SVG.clone(), 0, 0, true));
        assertThat(logos.placed(new PdfLogo(SVG.clone(), 0, 0, true))).isSameAs(first);
        assertThat(logos.readings()).isEqualTo(1);
        assertThat(first.width()).isCloseTo(CoverLogo.MAX_WIDTH, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(first.height()).isCloseTo(CoverLogo.MAX_WIDTH / 2, org.assertj.core.data.Offset.offset(0.01f));
    }

    /** A server's renderer that has seen many logos forgets its own, never another build's. */
    @Test
    void eachOwnerKeepsItsOwnLogos() throws Exception {
        CoverLogo one = new CoverLogo();
        CoverLogo other = new CoverLogo();
        PdfLogo logo = new PdfLogo(tinyPng(0x1d3f8a), 4, 4, false);
        CoverLogo.Placed kept = one.placed(logo);
        for (int i = 0; i < CoverLogo.REMEMBERED + 4; i++) {
            other.placed(new PdfLogo(tinyPng(i), 4, 4, false));
        }
        assertThat(other.readings()).isEqualTo(CoverLogo.REMEMBERED + 4);
        assertThat(one.placed(logo)).isSameAs(kept);
        assertThat(one.readings()).isEqualTo(1);
    }

    /**
     * The renderer a build makes reads the logo once for all its covers; another renderer (another
     * build) reads it for itself, and its PDFs are byte for byte the same.
     */
    @Test
    void aRendererReadsTheLogoOnceForItsCoversAndAnotherReadsItForItself() throws Exception {
        PdfLogo logo = new PdfLogo(Files.readAllBytes(PNG), 600, 600, false);
        String markdown = "# วิสัยทัศน์\n\nผู้เรียนมีคุณภาพ\n";
        PdfRenderer first = new PdfRenderer(PdfFonts.bundled());
        byte[] a = Fixture.render(first, markdown, official(logo, "ก"));
        byte[] b = Fixture.render(first, markdown, official(logo, "ข"));
        assertThat(first.coverLogos().readings()).isEqualTo(1);
        assertThat(a).isNotEqualTo(b); // two plans, two documents
        PdfRenderer second = new PdfRenderer(PdfFonts.bundled());
        assertThat(second.coverLogos().readings()).isZero();
        byte[] again = Fixture.render(second, markdown, official(logo, "ก"));
        assertThat(second.coverLogos().readings()).isEqualTo(1);
        assertThat(first.coverLogos().readings()).isEqualTo(1);
        assertThat(again).isEqualTo(a);
    }

    private static PdfDocumentInfo official(PdfLogo logo, String school) {
        return new PdfDocumentInfo("แผนพัฒนาการศึกษา โรงเรียน" + school, null, "โรงเรียน" + school, "พ.ศ. 2568–2570",
                "th-TH", false, "สารบัญ", "หน้า", Fixture.EPOCH, Fixture.sha256(school), List.of(), true, logo);
    }

    /** A 4-pixel square PNG of one colour: a logo cheap to read. */
    private static byte[] tinyPng(int rgb) throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 4; y++) {
                image.setRGB(x, y, rgb);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "png", png)).isTrue();
        return png.toByteArray();
    }

    @Test
    void everyPlanOfABuildHasTheLogoOnItsCover(@TempDir Path dir) throws Exception {
        Files.copy(PNG, dir.resolve("logo.png"));
        String plan = Files.readString(Path.of("examples/minimal.plan.yaml"));
        String withLogo = plan.replaceFirst("(?m)^organization:\\n  name: ([^\\n]*)\\n",
                "organization:\n  name: $1\n  logo: logo.png\n");
        assertThat(withLogo).contains("logo: logo.png");
        for (String id : List.of("a", "b", "c")) {
            Files.writeString(dir.resolve("school-" + id + ".plan.yaml"), withLogo);
        }
        Cli.Result r = Cli.run("build", dir.toString(), "--out", dir.resolve("site").toString(), "--format", "pdf",
                "--style", "official");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<List<String>> covers = new ArrayList<>();
        for (String id : List.of("a", "b", "c")) {
            covers.add(coverImages(dir.resolve("site/school-" + id + ".pdf")));
        }
        // The picture and its transparency, the same bytes on every cover.
        assertThat(covers.get(0)).hasSize(2).doesNotHaveDuplicates();
        assertThat(covers).allSatisfy(cover -> assertThat(cover).isEqualTo(covers.get(0)));
    }

    /** A digest of each image's stream on page 1 (the picture and its soft mask), sorted. */
    private static List<String> coverImages(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            List<String> images = new ArrayList<>();
            PdfDictionary xobjects = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
            if (xobjects == null) {
                return images;
            }
            for (PdfName name : xobjects.getKeys()) {
                if (PdfReader.getPdfObject(xobjects.get(name)) instanceof PRStream image
                        && PdfName.IMAGE.equals(image.getAsName(PdfName.SUBTYPE))) {
                    images.add(HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(PdfReader.getStreamBytesRaw(image))));
                }
            }
            images.sort(null);
            return images;
        } finally {
            reader.close();
        }
    }
}
