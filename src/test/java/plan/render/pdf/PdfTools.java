package plan.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import plan.testing.ExternalTool;

/**
 * Runs the command-line PDF tools the tests judge the output with. A missing tool fails the test
 * with the Debian package to install: these checks must not be skipped silently.
 */
final class PdfTools {

    private PdfTools() {
    }

    record Result(int exit, String out, String err) {
    }

    static Result run(String... command) {
        ExternalTool.Result r = ExternalTool.run(null, List.of(command));
        return new Result(r.exit(), r.out(), r.err());
    }

    static String ok(String... command) {
        return ExternalTool.ok(null, List.of(command));
    }

    /** Text of each page in content-stream order (-raw keeps a table cell's lines together). */
    static List<String> pages(Path pdf) {
        String all = ok("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-");
        List<String> pages = new ArrayList<>(List.of(all.split("\f", -1)));
        if (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
            pages.remove(pages.size() - 1);
        }
        return pages;
    }

    /** A greyscale page from pdftoppm -gray (binary PGM, P5). */
    record Gray(int width, int height, byte[] pixels) {
        int at(int x, int y) {
            return pixels[y * width + x] & 0xFF;
        }

        /** Pixels darker than {@code threshold} within the box [x0,x1) x [y0,y1). */
        int inkIn(int x0, int y0, int x1, int y1, int threshold) {
            int n = 0;
            for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
                for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
                    if (at(x, y) < threshold) {
                        n++;
                    }
                }
            }
            return n;
        }

        static Gray read(Path pgm) throws IOException {
            Netpbm image = Netpbm.read(pgm, "P5", 1);
            return new Gray(image.width(), image.height(), image.pixels());
        }
    }

    /** A colour page from pdftoppm (binary PPM, P6). */
    record Rgb(int width, int height, byte[] pixels) {
        /** Hue a reader sees: the channels differ by more than a grey's rounding. */
        private static final int TINT = 40;

        static Rgb read(Path ppm) throws IOException {
            Netpbm image = Netpbm.read(ppm, "P6", 3);
            return new Rgb(image.width(), image.height(), image.pixels());
        }

        long coloured() {
            return colouredIn(0, 0, width, height);
        }

        long colouredIn(int x0, int y0, int x1, int y1) {
            long n = 0;
            for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
                for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
                    int i = (y * width + x) * 3;
                    int r = pixels[i] & 0xFF;
                    int g = pixels[i + 1] & 0xFF;
                    int b = pixels[i + 2] & 0xFF;
                    if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > TINT) {
                        n++;
                    }
                }
            }
            return n;
        }
    }

    /** A binary Netpbm file as pdftoppm writes it: magic, width, height, max value 255, then the samples. */
    private record Netpbm(int width, int height, byte[] pixels) {
        static Netpbm read(Path file, String magic, int channels) throws IOException {
            byte[] data = Files.readAllBytes(file);
            int[] pos = {0};
            if (!token(data, pos).equals(magic)) {
                throw new IOException(file + " is not a binary Netpbm file of type " + magic);
            }
            int w = Integer.parseInt(token(data, pos));
            int h = Integer.parseInt(token(data, pos));
            Integer.parseInt(token(data, pos)); // max value, 255
            byte[] px = new byte[w * h * channels];
            System.arraycopy(data, pos[0] + 1, px, 0, px.length);
            return new Netpbm(w, h, px);
        }

        private static String token(byte[] d, int[] pos) {
            while (Character.isWhitespace(d[pos[0]])) {
                pos[0]++;
            }
            int s = pos[0];
            while (!Character.isWhitespace(d[pos[0]])) {
                pos[0]++;
            }
            return new String(d, s, pos[0] - s, StandardCharsets.US_ASCII);
        }
    }
}
