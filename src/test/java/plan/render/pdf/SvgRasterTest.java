package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Issue 32, item 6: an SVG logo drawn at 300 dpi. That it is drawn once for all the plans of a
 * build is the owner's business ({@link CoverLogoTest}): a drawing is a function of its input.
 */
class SvgRasterTest {
    private static final byte[] TALL = ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 50 100\">"
            + "<ellipse cx=\"25\" cy=\"50\" rx=\"25\" ry=\"50\" fill=\"#c00000\"/></svg>").getBytes(StandardCharsets.UTF_8);

    @Test
    void theDrawingFitsTheBoxKeepsItsProportionsAndHas300PixelsAnInch() throws IOException {
        SvgRaster.Raster r = SvgRaster.of(TALL, CoverLogo.MAX_WIDTH, CoverLogo.MAX_HEIGHT);
        assertThat(r.height()).isCloseTo(CoverLogo.MAX_HEIGHT, within(0.01f)); // tall: the height limits it
        assertThat(r.width()).isCloseTo(CoverLogo.MAX_HEIGHT / 2, within(0.01f));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(r.png()));
        assertThat(png.getHeight()).isEqualTo(Math.round(CoverLogo.MAX_HEIGHT / 72f * 300f));
        assertThat(png.getWidth()).isEqualTo(Math.round(CoverLogo.MAX_HEIGHT / 2 / 72f * 300f));
        // Red in the middle, transparent in the corner outside the ellipse.
        assertThat(png.getRGB(png.getWidth() / 2, png.getHeight() / 2) & 0xFFFFFF).isEqualTo(0xC00000);
        assertThat(png.getRGB(0, 0) >>> 24).isZero();
    }

    /** The same file in the same box draws the same PNG, so a PDF is byte for byte the same whoever drew it. */
    @Test
    void theSameLogoInTheSameBoxDrawsTheSameBytes() throws IOException {
        SvgRaster.Raster first = SvgRaster.of(TALL.clone(), CoverLogo.MAX_WIDTH, CoverLogo.MAX_HEIGHT);
        SvgRaster.Raster again = SvgRaster.of(TALL.clone(), CoverLogo.MAX_WIDTH, CoverLogo.MAX_HEIGHT);
        assertThat(again.png()).isEqualTo(first.png());
        assertThat(again.width()).isEqualTo(first.width());
        // A narrower box that limits the width draws a smaller picture.
        SvgRaster.Raster narrow = SvgRaster.of(TALL, CoverLogo.MAX_HEIGHT / 4, CoverLogo.MAX_HEIGHT);
        assertThat(narrow.width()).isCloseTo(CoverLogo.MAX_HEIGHT / 4, within(0.01f));
        assertThat(narrow.png()).isNotEqualTo(first.png());
    }

    @Test
    void anSvgThatCannotBeDrawnIsAnIoErrorNotACrash() {
        byte[] broken = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SvgRaster.of(broken, 100, 100)).isInstanceOf(IOException.class);
    }
}
