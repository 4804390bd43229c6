package plan.render.pdf;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * An SVG logo as a PNG drawn at 300 dpi at the size it takes in a box of the page, its proportions
 * kept: sharp in print, and embedded like any PNG (PDF/A and PDF/UA as the PNG logo is). Drawn by
 * jsvg, which fetches nothing outside the file (the check has refused references already).
 * Drawing it takes far longer than embedding it: each call draws anew, so the caller keeps the
 * drawing for the build's other plans that show the same logo ({@link CoverLogo} does, per build).
 */
final class SvgRaster {
    static final float DPI = 300f;
    private static final float POINTS_PER_INCH = 72f;

    /** The PNG and the size it stands at on the page, in points. */
    record Raster(byte[] png, float width, float height) {
    }

    private SvgRaster() {
    }

    /**
     * jsvg reports a file it cannot parse on its logger, with a stack trace: the finding says it
     * instead. The logger is the JVM's, so it is silenced once, for every build.
     */
    private static final java.util.logging.Logger SVG_LOG = java.util.logging.Logger.getLogger("com.github.weisj.jsvg");

    static {
        SVG_LOG.setLevel(java.util.logging.Level.OFF);
    }

    /** The drawing of {@code svg} fitted into {@code maxWidth} × {@code maxHeight} points. */
    static Raster of(byte[] svg, float maxWidth, float maxHeight) throws IOException {
        try {
            SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(svg), null,
                    LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_ALL).build());
            FloatSize size = document == null ? null : document.size();
            if (size == null || !(size.width > 0 && size.height > 0)) {
                throw new IOException("the SVG has nothing to draw or no size");
            }
            float scale = Math.min(maxWidth / size.width, maxHeight / size.height);
            float width = size.width * scale;
            float height = size.height * scale;
            int pixelsWide = Math.max(1, Math.round(width / POINTS_PER_INCH * DPI));
            int pixelsHigh = Math.max(1, Math.round(height / POINTS_PER_INCH * DPI));
            BufferedImage image = new BufferedImage(pixelsWide, pixelsHigh, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                document.render(null, g, new ViewBox(0, 0, pixelsWide, pixelsHigh));
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "png", png)) {
                throw new IOException("no PNG writer");
            }
            return new Raster(png.toByteArray(), width, height);
        } catch (RuntimeException e) {
            throw new IOException("the SVG cannot be drawn: " + e.getMessage(), e);
        }
    }
}
