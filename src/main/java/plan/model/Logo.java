package plan.model;

import java.util.Arrays;

/**
 * An organization's emblem as read from its file: the bytes, the kind ({@code png}, {@code jpg}
 * or {@code svg}, also the published file's extension) and its size in pixels (0 for an SVG).
 * Read once per build and shared by every document of the plan.
 */
public record Logo(byte[] bytes, String extension, int width, int height) {
    public Logo {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public boolean isSvg() {
        return "svg".equals(extension);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Logo l && Arrays.equals(bytes, l.bytes) && extension.equals(l.extension)
                && width == l.width && height == l.height;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) * 31 + extension.hashCode();
    }

    @Override
    public String toString() {
        return "Logo[" + extension + ", " + bytes.length + " bytes]";
    }
}
