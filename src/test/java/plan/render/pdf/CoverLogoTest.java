package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PRStream;

import plan.testing.Cli;

/**
 * Issue 32: a logo is read once per build, not once per cover (reading a 600-pixel PNG took
 * longer than the rest of a plan's PDF), and every cover still carries the whole image.
 */
class CoverLogoTest {
    private static final Path PNG = Path.of("examples/official/logo.png");

    @Test
    void theSameLogoIsReadOnceAndSharedByTheCoversThatShowIt() throws Exception {
        byte[] png = Files.readAllBytes(PNG);
        CoverLogo.Placed first = CoverLogo.placed(new PdfLogo(png, 600, 600, false));
        assertThat(CoverLogo.placed(new PdfLogo(png.clone(), 600, 600, false))).isSameAs(first);
        // Another logo is another image.
        assertThat(CoverLogo.placed(new PdfLogo(png, 300, 600, false))).isNotSameAs(first);
        assertThat(first.width()).isEqualTo(first.height()); // a square logo, 3.5 cm high
        assertThat(first.height()).isCloseTo(CoverLogo.MAX_HEIGHT, org.assertj.core.data.Offset.offset(0.01f));
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
