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
            byte[] data = Files.readAllBytes(pgm);
            int[] pos = {0};
            String magic = token(data, pos);
            if (!magic.equals("P5")) {
                throw new IOException(pgm + " is not a binary PGM");
            }
            int w = Integer.parseInt(token(data, pos));
            int h = Integer.parseInt(token(data, pos));
            Integer.parseInt(token(data, pos)); // max value, 255
            int start = pos[0] + 1;
            byte[] px = new byte[w * h];
            System.arraycopy(data, start, px, 0, px.length);
            return new Gray(w, h, px);
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
