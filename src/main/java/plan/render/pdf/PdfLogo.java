package plan.render.pdf;

/**
 * A logo for the cover: the image file's bytes (PNG or JPEG, which the PDF embeds as they are)
 * and its size in pixels, or an SVG (its size then unknown, 0), which the PDF draws at 300 dpi.
 */
public record PdfLogo(byte[] bytes, int width, int height, boolean svg) {
    public PdfLogo {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PdfLogo l && java.util.Arrays.equals(bytes, l.bytes) && svg == l.svg
                && width == l.width && height == l.height;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "PdfLogo[" + width + "x" + height + (svg ? ", svg" : "") + "]";
    }
}
