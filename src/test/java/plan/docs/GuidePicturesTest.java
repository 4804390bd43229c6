package plan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;
import plan.testing.ExternalTool;
import plan.testing.Golden;

/**
 * The pictures in docs/images show real output of the plans in plans/ and examples/. They are
 * made here, from a build of those plans, with headless Chromium and pdftoppm, when the tests
 * run with {@code -Dgolden.update=true}; docs/images/pictured.sha256 records the outputs they
 * were taken from. Output is deterministic, so when a build of today gives other bytes, the
 * pictures are stale and this test fails until they are made again.
 */
class GuidePicturesTest {
    static final Path IMAGES = Path.of("docs", "images");
    static final Path MANIFEST = IMAGES.resolve("pictured.sha256");
    /** A real plan, as officers will see theirs. */
    static final String PLAN = "spp-sisaket-2";
    /** The official action plan of examples/, with its logo and preface: the pages of the official look. */
    static final String OFFICIAL = "official-action-plan";
    /** Pictures stay small enough to commit. */
    static final long MAX_PICTURE_BYTES = 300 * 1024;

    @TempDir
    Path out;

    @Test
    void picturesShowWhatTodaysBuildMakes() throws IOException {
        Cli.Result built = Cli.run("build", "plans", "examples/minimal.plan.yaml", "examples/full.plan.yaml",
                "examples/official", "--out", out.toString(), "--lang", "th");
        assertThat(built.exitCode()).as(built.err()).isZero();
        String manifest = manifest(out);
        if (Golden.updating()) {
            takePictures(out);
        }
        Golden.assertMatches(MANIFEST, manifest);
        for (String picture : List.of("site-index.png", "page-desktop.png", "page-phone.png", "pdf-cover.png",
                "pdf-page.png", "official-cover.png", "official-preface.png", "official-contents.png",
                "official-tables.png", "official-page.png")) {
            Path file = IMAGES.resolve(picture);
            assertThat(file).exists();
            assertThat(Files.size(file)).as(picture).isBetween(5_000L, MAX_PICTURE_BYTES);
        }
    }

    /** The guide quotes the diagnostic as plan prints it today, in Thai. */
    @Test
    void theGuideQuotesTodaysDiagnostic() throws IOException {
        Cli.Result r = Cli.run("check", "--lang", "th", "--color", "never", "examples/broken.plan.yaml");
        String firstDiagnostic = r.out().lines().filter(l -> l.contains("[unknown-key]")).findFirst().orElseThrow();
        int at = r.out().indexOf(firstDiagnostic);
        String quoted = String.join("\n", r.out().substring(at).lines().limit(5).toList());
        assertThat(Files.readString(Path.of("docs", "guide.th.md"))).contains(quoted);
    }

    /** Hashes of what the pictures show: the pages, their stylesheet and the PDF. */
    static String manifest(Path site) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (String file : List.of("index.html", PLAN + ".html", "assets/plan.css", "assets/official.css", PLAN + ".pdf",
                OFFICIAL + ".pdf")) {
            byte[] bytes = Files.readAllBytes(site.resolve(file));
            hashes.put(file, sha256(file.endsWith(".pdf") ? withoutDates(bytes) : bytes));
        }
        StringBuilder b = new StringBuilder();
        hashes.forEach((file, hash) -> b.append(hash).append("  ").append(file).append('\n'));
        return b.toString();
    }

    /** A PDF's dates (and the file id made with them) follow SOURCE_DATE_EPOCH; the pages do not. */
    static byte[] withoutDates(byte[] pdf) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1)
                .replaceAll("\\(D:[0-9]{14}[^)]*\\)", "(D:)")
                .replaceAll("\\[<[0-9a-fA-F]+><[0-9a-fA-F]+>\\]", "[]");
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void takePictures(Path site) throws IOException {
        Files.createDirectories(IMAGES);
        screenshot(site.resolve("index.html"), "site-index.png", 1000, 560);
        screenshot(site.resolve(PLAN + ".html"), "page-desktop.png", 1000, 1250);
        screenshot(site.resolve(PLAN + ".html"), "page-phone.png", 390, 844);
        pdfPage(site.resolve(PLAN + ".pdf"), 1, "pdf-cover.png");
        pdfPage(site.resolve(PLAN + ".pdf"), 4, "pdf-page.png");
        pdfPage(site.resolve(OFFICIAL + ".pdf"), 1, "official-cover.png");
        pdfPage(site.resolve(OFFICIAL + ".pdf"), 2, "official-preface.png");
        pdfPage(site.resolve(OFFICIAL + ".pdf"), 3, "official-contents.png");
        pdfPage(site.resolve(OFFICIAL + ".pdf"), 4, "official-tables.png"); // the list of tables, ค
        pdfPage(site.resolve(OFFICIAL + ".pdf"), 9, "official-page.png"); // strategies, guidelines numbered 1.1, 2.1
    }

    private static void screenshot(Path page, String picture, int width, int height) {
        ExternalTool.Result r = ExternalTool.chromium(List.of("--window-size=" + width + "," + height,
                "--screenshot=" + IMAGES.resolve(picture).toAbsolutePath(), page.toUri().toString()));
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private static void pdfPage(Path pdf, int page, String picture) throws IOException {
        Path dir = Files.createTempDirectory("guide-pdf-");
        ExternalTool.ok(null, List.of("pdftoppm", "-png", "-r", "60", "-f", String.valueOf(page), "-l",
                String.valueOf(page), "-singlefile", pdf.toString(), dir.resolve("page").toString()));
        Files.copy(dir.resolve("page.png"), IMAGES.resolve(picture), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
