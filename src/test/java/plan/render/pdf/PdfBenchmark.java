package plan.render.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import plan.render.pdf.text.PdfFonts;

/**
 * Renders the fixture N times and prints milliseconds per document; not a test. Run with
 * {@code mvn -q test-compile exec:java}-style tooling or directly:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) plan.render.pdf.PdfBenchmark 50 [out.pdf]}.
 */
public final class PdfBenchmark {
    private PdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        PdfRenderer renderer = new PdfRenderer(PdfFonts.bundled());
        String md = Fixture.markdown();
        PdfDocumentInfo info = Fixture.info(Fixture.EPOCH, false);
        byte[] pdf = null;
        long firstStart = System.nanoTime();
        pdf = Fixture.render(renderer, md, info);
        long first = System.nanoTime() - firstStart;
        int warmup = Math.min(10, n);
        for (int i = 0; i < warmup; i++) {
            Fixture.render(renderer, md, info);
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            pdf = Fixture.render(renderer, md, info);
        }
        double ms = (System.nanoTime() - start) / 1e6 / n;
        System.out.printf("first document (cold, fonts loaded): %.1f ms%n", first / 1e6);
        System.out.printf("%d documents: %.1f ms per document (%d bytes each)%n", n, ms, pdf.length);
        if (args.length > 1) {
            Files.write(Path.of(args[1]), pdf);
        }
    }
}
