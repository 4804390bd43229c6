package plan.render.pdf;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfStructureElement;
import plan.render.pdf.tagged.Tagging;

/**
 * The organization's logo at the top of an official cover, centred, at most {@link #MAX_HEIGHT}
 * high and {@link #MAX_WIDTH} wide, its proportions kept; a Figure whose alternative text is the
 * organization's name. PNG and JPEG are embedded as they are (the PDF scales them, so the file is
 * read once a build, never resampled); an SVG is drawn at 300 dpi for the size it takes ({@link SvgRaster}).
 *
 * <p>An instance holds the logos read for the covers of one {@link PdfRenderer}, which a build
 * makes once: two builds in one JVM (a server, tests) never share or forget each other's logos.
 * Thread-safe: the plans of a build are typeset in parallel.
 */
final class CoverLogo {
    static final float MAX_HEIGHT = 3.5f * PdfStyles.CM;
    static final float MAX_WIDTH = 6f * PdfStyles.CM;

    /** A build shows few logos; a long-running server forgets them all when it has seen this many. */
    static final int REMEMBERED = 16;

    /**
     * Each logo as read (an SVG as drawn), for every cover of the build that shows it: OpenPDF
     * reads a PNG (and an SVG's drawing) through ImageIO into raw pixels, which took 70 ms for a
     * 600-pixel PNG with transparency, more than the rest of a plan's PDF, and drawing an SVG takes
     * longer still. The image is only read after that (its pixels are compressed into each PDF as
     * they are), so the documents can share it.
     */
    private final Map<PdfLogo, Placed> read = new ConcurrentHashMap<>();
    /** How many times a logo was read or drawn, not found among those read: for its test. */
    private final AtomicInteger readings = new AtomicInteger();

    /** A logo read, and the size it stands at on the cover, in points. */
    record Placed(Image image, float width, float height) {
    }

    Placed placed(PdfLogo logo) throws IOException, BadElementException {
        Placed known = read.get(logo);
        if (known != null) {
            return known;
        }
        Placed placed;
        if (logo.svg()) {
            SvgRaster.Raster drawn = SvgRaster.of(logo.bytes(), MAX_WIDTH, MAX_HEIGHT);
            placed = new Placed(Image.getInstance(drawn.png()), drawn.width(), drawn.height());
        } else {
            float scale = Math.min(MAX_HEIGHT / logo.height(), MAX_WIDTH / logo.width());
            placed = new Placed(Image.getInstance(logo.bytes()), logo.width() * scale, logo.height() * scale);
        }
        readings.incrementAndGet();
        if (read.size() >= REMEMBERED) {
            read.clear();
        }
        // Two covers that read the same logo at once keep the first: each cover then shares one image.
        Placed raced = read.putIfAbsent(logo, placed);
        return raced != null ? raced : placed;
    }

    /** How many logos this owner has read or drawn, each time it did. */
    int readings() {
        return readings.get();
    }

    /** Adds the logo in a borderless row of its height; returns false when there is none to draw. */
    boolean add(Document document, Tagging tagging, PdfDocumentInfo info) throws DocumentException {
        PdfLogo logo = info.logo();
        if (logo == null || !logo.svg() && (logo.width() <= 0 || logo.height() <= 0)) {
            return false;
        }
        Placed placed;
        try {
            placed = placed(logo);
        } catch (IOException | BadElementException e) {
            throw new DocumentException("the logo cannot be read: " + e.getMessage());
        }
        // A copy for this document: the image read is shared by every cover of the build.
        Image image = Image.getInstance(placed.image());
        float width = placed.width();
        float height = placed.height();
        PdfStructureElement figure = tagging.open(Tagging.FIGURE);
        Tagging.alternative(figure, info.organization());
        tagging.close();
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setFixedHeight(height);
        cell.setPadding(0);
        // Drawn by a cell event, like the budget chart's bars, so it is marked as the figure's content.
        cell.setCellEvent((c, position, canvases) -> {
            PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
            float x = (position.getLeft() + position.getRight() - width) / 2;
            tagging.begin(canvas, figure);
            try {
                canvas.addImage(image, width, 0, 0, height, x, position.getTop() - height);
            } catch (DocumentException e) {
                throw new org.openpdf.text.ExceptionConverter(e);
            }
            tagging.end(canvas);
        });
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100f);
        table.addCell(cell);
        document.add(table);
        return true;
    }
}
