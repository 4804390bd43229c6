package plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * What offices will feed import by mistake: each gets one clear line and exit 1 (2 for a usage
 * error), never a stack trace, and no file is written.
 */
class ImportBadInputTest {
    private static final String THAI = "วิสัยทัศน์\nผู้เรียนมีคุณภาพ\nพันธกิจ\n1. พัฒนาผู้เรียน\n";

    @TempDir
    Path dir;

    @Test
    void corruptDocx() throws IOException {
        byte[] bytes = new byte[4000];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        refused(write("corrupt.docx", bytes), "damaged");
    }

    @Test
    void truncatedDocx() throws IOException {
        byte[] whole = WordFixtures.typed(THAI);
        refused(write("cut.docx", Arrays.copyOf(whole, whole.length / 2)), "damaged");
    }

    @Test
    void encryptedDocx() throws Exception {
        byte[] plain = WordFixtures.typed(THAI);
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
        }
        refused(write("locked.docx", out.toByteArray()), "password");
    }

    /** 40 MiB of spaces in a zip of about 40 KiB: POI's ZipSecureFile stops it before it is inflated. */
    @Test
    void zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(200_000);
        refused(write("bomb.docx", bytes.toByteArray()), "zip bomb");
    }

    @Test
    void oldBinaryDoc() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        refused(write("old.doc", out.toByteArray()), ".doc");
        refused(write("renamed.docx", out.toByteArray()), ".doc");
    }

    @Test
    void pdf() throws IOException {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        refused(write("plan.pdf", pdf), "PDF");
        refused(write("plan-pdf.txt", pdf), "PDF");
    }

    @Test
    void emptyFiles() throws IOException {
        refused(write("empty.txt", new byte[0]), "empty");
        refused(write("empty.docx", new byte[0]), "empty");
        refused(write("blank.md", " \n\n\t\n".getBytes(StandardCharsets.UTF_8)), "no text");
    }

    @Test
    void thaiInTis620() throws IOException {
        refused(write("tis.txt", THAI.getBytes(Charset.forName("TIS-620"))), "TIS-620");
    }

    @Test
    void binaryText() throws IOException {
        refused(write("binary.txt", new byte[] {'a', 0, 1, 2, 'b'}), "binary");
    }

    @Test
    void usageErrorsExit2() throws IOException {
        Cli.Result missing = Cli.run("import", dir.resolve("nothing.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("plan: ").contains("no such file");

        Path odp = write("slides.odp", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(Cli.run("import", odp.toString()).exitCode()).isEqualTo(2);

        Path txt = write("ok.txt", THAI.getBytes(StandardCharsets.UTF_8));
        Cli.Result badOut = Cli.run("import", txt.toString(), "--out", dir.resolve("ok.yaml").toString());
        assertThat(badOut.exitCode()).isEqualTo(2);
        assertThat(badOut.err()).contains(".plan.yaml");
        assertThat(Cli.run("import").exitCode()).isEqualTo(2);
        assertThat(dir.resolve("ok.plan.yaml")).doesNotExist();
    }

    @Test
    void refusesToOverwriteWithoutForce() throws IOException {
        Path txt = write("office.txt", THAI.getBytes(StandardCharsets.UTF_8));
        Path target = Files.writeString(dir.resolve("office.plan.yaml"), "# my edits\n");
        Cli.Result r = Cli.run("import", txt.toString());
        assertThat(r.exitCode()).as("an output in the way: exit 2, as plan init").isEqualTo(2);
        assertThat(r.err()).contains("--force");
        assertThat(Files.readString(target)).isEqualTo("# my edits\n");

        Cli.Result forced = Cli.run("import", txt.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(target)).contains("vision: ผู้เรียนมีคุณภาพ");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("office.txt", "office.plan.yaml");
        }
    }

    /** Issue 27.17: the bomb in the document itself, where POI's message comes wrapped, still says so. */
    @Test
    void zipBombInTheDocument() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\""
                    + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        refused(write("bomb2.docx", bytes.toByteArray()), "zip bomb");
    }

    /** Issue 27.17: a lone surrogate in UTF-16 is refused with its place, as bad UTF-8 is. */
    @Test
    void loneSurrogateInUtf16() throws IOException {
        byte[] good = ("\uFEFF" + THAI).getBytes(StandardCharsets.UTF_16LE);
        byte[] bad = Arrays.copyOf(good, good.length + 4);
        bad[good.length] = 0x00; // U+D800, a high surrogate with no low one after it
        bad[good.length + 1] = (byte) 0xD8;
        bad[good.length + 2] = 'x';
        bad[good.length + 3] = 0;
        refused(write("lone.txt", bad), "line 5, column 1");
    }

    /** Issue 27.17: control characters stand for white space; the words on either side stay apart. */
    @Test
    void controlCharactersBecomeWhiteSpace() throws IOException {
        String text = "วิสัยทัศน์\nผู้เรียน\u0007มีคุณภาพ\u000Cและมีความสุข\u2028ทุกคน\nพันธกิจ\n1. พัฒนา\u001Bผู้เรียน\n";
        Path txt = write("controls.txt", text.getBytes(StandardCharsets.UTF_8));
        Cli.Result r = Cli.run("import", txt.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String yaml = Files.readString(dir.resolve("controls.plan.yaml"));
        assertThat(yaml).contains("vision: ผู้เรียน มีคุณภาพ").contains("และมีความสุข").contains("text: พัฒนา ผู้เรียน")
                .doesNotContain("ผู้เรียนมีคุณภาพ");
    }

    /** Issue 27.15: a new file gets the umask's mode, a replaced one keeps its own. */
    @Test
    void fileModes() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path txt = write("modes.txt", THAI.getBytes(StandardCharsets.UTF_8));
        Path probe = Files.writeString(dir.resolve("probe.txt"), "x"); // a file made as any program makes one
        assertThat(Cli.run("import", txt.toString()).exitCode()).isZero();
        Path target = dir.resolve("modes.plan.yaml");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(probe));
        var mode = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(target, mode);
        assertThat(Cli.run("import", txt.toString(), "--force").exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(mode);
    }

    /**
     * Issue 27.8: text copied from a PDF (wrapped lines, no blank lines) joins in linear work:
     * four times the lines copies about four times the characters, not sixteen; and a result
     * larger than SnakeYAML's default 3 MiB reads back.
     */
    @Tag("slow") // a 3 MiB import; it also reads a JVM-wide counter, so runs alone as the tagged tests do
    @Test
    void wrappedTextJoinsInLinearWork() throws IOException {
        long small = copiedFor(2_000);
        long large = copiedFor(8_000);
        assertThat(large).isLessThan(small * 5);
        Path big = write("big.txt", ("วิสัยทัศน์\nผู้เรียนมีคุณภาพ\nพันธกิจ\n1. พัฒนาผู้เรียน\n"
                + "บรรทัดที่ตัดมาจากไฟล์พีดีเอฟ ยาวพอสมควร\n".repeat(90_000)).getBytes(StandardCharsets.UTF_8));
        Cli.Result r = Cli.run("import", big.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.size(dir.resolve("big.plan.yaml"))).isGreaterThan(3L << 20);
    }

    private long copiedFor(int lines) throws IOException {
        Path txt = write("wrapped-" + lines + ".txt", ("วิสัยทัศน์\nผู้เรียนมีคุณภาพ\nพันธกิจ\n1. พัฒนาผู้เรียน\n"
                + "บรรทัดต่อเนื่อง\n".repeat(lines)).getBytes(StandardCharsets.UTF_8));
        long before = RecognizedBlock.COPIED.sum();
        assertThat(Cli.run("import", txt.toString()).exitCode()).isZero();
        return RecognizedBlock.COPIED.sum() - before;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Exit 1, one line naming the file and the problem, no trace, nothing written. */
    private void refused(Path source, String says) throws IOException {
        List<String> before = listing();
        Cli.Result r = Cli.run("import", source.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("plan: " + source + ": ").containsIgnoringCase(says)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
        assertThat(listing()).isEqualTo(before);
    }

    private List<String> listing() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
