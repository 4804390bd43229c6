package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import plan.render.pdf.text.FontException;
import plan.render.pdf.text.PdfFonts;

/** Fonts the user names: found by file or family, refused with a clear message when unusable. */
@Tag("pdf-tools")
class PdfFontsTest {
    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    static final Path LAKSAMAN = Path.of("/usr/share/fonts/truetype/tlwg/Laksaman.ttf");

    static Path need(Path font, String debianPackage) {
        if (!Files.isRegularFile(font)) {
            fail(font + " is missing; this test needs it: apt-get install -y " + debianPackage);
        }
        return font;
    }

    @Test
    void bundledSarabunHasAllFourStylesAsFiles() throws Exception {
        PdfFonts fonts = PdfFonts.bundled();
        assertThat(fonts.name()).isEqualTo("Sarabun");
        assertThat(fonts.regular().getFileName().toString()).isEqualTo("Sarabun-Regular.ttf");
        assertThat(fonts.boldItalic().getFileName().toString()).isEqualTo("Sarabun-BoldItalic.ttf");
        assertThat(PdfFonts.class.getClassLoader().getResource("plan/fonts/LICENSE_FONT")).isNotNull();
    }

    @Test
    void bundledSarabunPassesTheChecksAUsersFontGets() throws Exception {
        PdfFonts fonts = PdfFonts.bundled(); // which does not check them on every run
        for (Path file : java.util.List.of(fonts.regular(), fonts.bold(), fonts.italic(), fonts.boldItalic())) {
            PdfFonts.check(file, "Sarabun"); // Thai and Latin letters, embeddable: throws if not
        }
    }

    @Test
    void bundledSarabunsFingerprintIsTheHashOfItsFilesAsAUsersFontsIs() throws Exception {
        PdfFonts fonts = PdfFonts.bundled();
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        for (Path file : java.util.List.of(fonts.regular(), fonts.bold(), fonts.italic(), fonts.boldItalic())) {
            sha.update(Files.readAllBytes(file));
        }
        // Render keys hold it: a change would render every plan of every site again.
        assertThat(fonts.fingerprint()).isEqualTo(java.util.HexFormat.of().formatHex(sha.digest()));
    }

    @Test
    void aFontWithoutThaiIsRefusedByFile() {
        need(DEJAVU, "fonts-dejavu-core");
        assertThat(worded(() -> PdfFonts.named(DEJAVU.toString()), Locale.ENGLISH)).contains("DejaVu Sans")
                .contains("has no Thai letters").contains("name a Thai font");
        assertThat(worded(() -> PdfFonts.named(DEJAVU.toString()), Locale.forLanguageTag("th")))
                .contains("ไม่มีอักษรไทย").contains("DejaVu Sans");
    }

    @Test
    void aFontWithoutThaiIsRefusedByFamily() {
        need(DEJAVU, "fonts-dejavu-core");
        assertThat(worded(() -> PdfFonts.named("DejaVu Sans"), Locale.ENGLISH)).contains("has no Thai letters");
    }

    @Test
    void anUnknownFontIsNamedInTheMessage() {
        assertThat(worded(() -> PdfFonts.named("No Such Font 42"), Locale.ENGLISH)).contains("\"No Such Font 42\" was not found");
        assertThat(worded(() -> PdfFonts.named("No Such Font 42"), Locale.forLanguageTag("th")))
                .contains("ไม่พบฟอนต์ \"No Such Font 42\"");
    }

    @Test
    void aFileThatIsNoFontIsRefused() throws Exception {
        Path junk = Files.createTempFile("not-a-font", ".ttf");
        try {
            Files.writeString(junk, "hello");
            assertThat(worded(() -> PdfFonts.named(junk.toString()), Locale.ENGLISH))
                    .contains("cannot be read as a TrueType or OpenType font");
        } finally {
            Files.delete(junk);
        }
    }

    @Test
    void aSystemThaiFamilyIsFoundWithItsStylesAndEmbedded() throws Exception {
        need(LAKSAMAN, "fonts-thai-tlwg");
        PdfFonts fonts = PdfFonts.named("Laksaman");
        assertThat(fonts.regular().getFileName().toString()).isEqualTo("Laksaman.ttf");
        assertThat(fonts.bold().getFileName().toString()).isEqualTo("Laksaman-Bold.ttf");
        assertThat(fonts.italic().getFileName().toString()).isEqualTo("Laksaman-Italic.ttf");
        assertThat(fonts.boldItalic().getFileName().toString()).isEqualTo("Laksaman-BoldItalic.ttf");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(fonts).render(Fixture.parse(Fixture.markdown()), Fixture.info(Fixture.EPOCH, false), out);
        Path file = Path.of("target", "pdf-test", "fixture-laksaman.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, out.toByteArray());
        assertThat(PdfTools.ok("pdffonts", file.toString())).contains("+Laksaman").doesNotContain("Sarabun");
        String text = String.join("\n", PdfTools.pages(file));
        assertThat(ThaiText.containsAllowingWraps(ThaiText.normalizePage(text),
                "ตัวอย่างคำที่มีวรรณยุกต์ซ้อนสระ: ที่นี่ ปั้น น้ำ ญี่ปุ่น ฏุ ซึ่งต้องแสดงวรรณยุกต์ถูกตำแหน่งและคัดลอกออกมาได้ตรงตามต้นฉบับ"))
                .isTrue();
    }

    @Test
    void aFontFileByPathFindsItsSiblingStyles() throws Exception {
        need(LAKSAMAN, "fonts-thai-tlwg");
        PdfFonts fonts = PdfFonts.named(LAKSAMAN.toString());
        assertThat(fonts.name()).isEqualTo("Laksaman");
        assertThat(fonts.bold().getFileName().toString()).isEqualTo("Laksaman-Bold.ttf");
    }

    /** The refusal {@code naming} throws, worded in {@code locale} as the command prints it. */
    private static String worded(org.assertj.core.api.ThrowableAssert.ThrowingCallable naming, Locale locale) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(naming);
        assertThat(thrown).isInstanceOf(FontException.class);
        return new plan.diag.Messages(locale).format(((FontException) thrown).message());
    }
}
