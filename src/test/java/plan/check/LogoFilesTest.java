package plan.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plan.testing.Cli;

/**
 * What rule file-ref accepts as a logo and what it refuses, each refusal a finding at the key
 * (the rule's golden files show the missing file, a file of another kind and an unsafe SVG).
 */
class LogoFilesTest {
    @TempDir
    Path dir;

    @Test
    void pngJpegAndPlainSvgAreLogosWithTheirSize() throws IOException {
        assertThat(LogoFiles.read(image(dir.resolve("a.png"), "png", 120, 80), "a.png").logo())
                .satisfies(l -> assertThat(new int[] {l.width(), l.height()}).containsExactly(120, 80))
                .satisfies(l -> assertThat(l.extension()).isEqualTo("png"));
        assertThat(LogoFiles.read(image(dir.resolve("b.jpeg"), "jpg", 30, 40), "b.jpeg").logo().extension()).isEqualTo("jpg");
        Path svg = Files.writeString(dir.resolve("c.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>");
        assertThat(LogoFiles.read(svg, "c.svg").logo().isSvg()).isTrue();
    }

    @Test
    void tooManyPixelsOrBytesAndExternalReferencesAreRefused() throws IOException {
        assertThat(LogoFiles.read(image(dir.resolve("wide.png"), "png", 4001, 2), "wide.png").problem().key())
                .isEqualTo("check.logo-too-many-pixels");
        Path big = dir.resolve("big.png");
        byte[] bytes = Files.readAllBytes(image(big, "png", 2, 2));
        Files.write(big, java.util.Arrays.copyOf(bytes, (int) LogoFiles.MAX_BYTES + 1));
        assertThat(LogoFiles.read(big, "big.png").problem().key()).isEqualTo("check.logo-too-big");
        for (String unsafe : new String[] {"<image href=\"http://example.org/x.png\"/>", "<g onload=\"x()\"/>",
                "<use xlink:href=\"other.svg#a\"/>", "<foreignObject/>"}) {
            Path svg = Files.writeString(dir.resolve("u.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\">" + unsafe + "</svg>",
                    StandardCharsets.UTF_8);
            assertThat(LogoFiles.read(svg, "u.svg").problem()).as(unsafe).isNotNull();
        }
        Path local = Files.writeString(dir.resolve("ok.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><g id=\"a\"/></defs><use href=\"#a\"/></svg>");
        assertThat(LogoFiles.read(local, "ok.svg").problem()).isNull();
    }

    @Test
    void anSvgThatCannotBeDrawnIsRefused() throws IOException {
        for (String broken : new String[] {"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"4\"",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\"><rect width=\"4\" height=\"4\"/></svg>"}) {
            Path svg = Files.writeString(dir.resolve("broken.svg"), broken, StandardCharsets.UTF_8);
            assertThat(LogoFiles.read(svg, "broken.svg").problem()).as(broken).isNotNull()
                    .satisfies(m -> assertThat(m.key()).isEqualTo("check.logo-svg-undrawable"));
        }
    }

    @Test
    void anUndrawableSvgIsAFindingAtItsLineThroughTheCommandLine() throws IOException {
        Files.writeString(dir.resolve("ตรา.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle r=\"4\"");
        Path plan = dir.resolve("p.plan.yaml");
        Files.writeString(plan, Files.readString(Path.of("examples/minimal.plan.yaml"))
                .replace("  name: โรงเรียนบ้านตัวอย่าง\n", "  name: โรงเรียนบ้านตัวอย่าง\n  logo: ตรา.svg\n"));
        Cli.Result r = Cli.run("check", plan.toString(), "--lang", "th");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out() + r.err()).contains("p.plan.yaml:5:9: ", "[file-ref]", "เป็น SVG ที่วาดไม่ได้")
                .doesNotContain("Exception");
    }

    @Test
    void aMissingLogoIsAThaiFindingAtItsLineThroughTheCommandLine() throws IOException {
        Path plan = dir.resolve("p.plan.yaml");
        Files.writeString(plan, Files.readString(Path.of("examples/minimal.plan.yaml"))
                .replace("  name: โรงเรียนบ้านตัวอย่าง\n", "  name: โรงเรียนบ้านตัวอย่าง\n  logo: ตรา.png\n"));
        Cli.Result r = Cli.run("build", plan.toString(), "--lang", "th", "--out", dir.resolve("site").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out() + r.err()).contains("p.plan.yaml:5:9: ", "[file-ref]", "ไม่พบไฟล์ตราสัญลักษณ์ `ตรา.png`")
                .doesNotContain("Exception");
        assertThat(dir.resolve("site").resolve("p.pdf")).doesNotExist();
    }

    @Test
    void aPngCutShortAfterItsHeaderIsAFindingNotAFailedBuild() throws IOException {
        byte[] whole = Files.readAllBytes(Path.of("examples/official/logo.png"));
        Files.write(dir.resolve("ตรา.png"), java.util.Arrays.copyOf(whole, 100));
        assertThat(LogoFiles.read(dir.resolve("ตรา.png"), "ตรา.png").problem().key()).isEqualTo("check.logo-unreadable");
        Path plan = dir.resolve("p.plan.yaml");
        Files.writeString(plan, Files.readString(Path.of("examples/minimal.plan.yaml"))
                .replace("  name: โรงเรียนบ้านตัวอย่าง\n", "  name: โรงเรียนบ้านตัวอย่าง\n  logo: ตรา.png\n"));
        Cli.Result r = Cli.run("build", plan.toString(), "--lang", "th", "--out", dir.resolve("site").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out() + r.err()).contains("p.plan.yaml:5:9: ", "[file-ref]", "อ่านไฟล์ตราสัญลักษณ์ `ตรา.png` เป็นภาพไม่ได้")
                .doesNotContain("Cannot typeset", "Exception");
    }

    private static Path image(Path file, String kind, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(img, kind, file.toFile());
        return file;
    }
}
