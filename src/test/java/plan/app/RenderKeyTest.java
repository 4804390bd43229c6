package plan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;
import plan.testing.ExternalTool;

/**
 * The incremental key covers everything that changes a document's bytes: a build never keeps a
 * PDF made with another date or another font. Builds run as separate processes, as a user's
 * do, so that each can have its own environment.
 */
@Tag("slow") // builds in new JVMs
class RenderKeyTest {
    private static final String MINIMAL = "examples/minimal.plan.yaml";

    @TempDir
    Path dir;

    @Test
    void anotherSourceDateEpochRendersThePdfAgain() throws IOException {
        Path out = dir.resolve("site");
        assertThat(build(out, "1700000000").err()).contains("rendered 1 plan(s)");
        byte[] first = Files.readAllBytes(out.resolve("minimal.pdf"));
        assertThat(build(out, "1700000000").err()).contains("rendered 0 plan(s)").contains("1 up to date");

        assertThat(build(out, "1800000000").err()).contains("rendered 1 plan(s)");
        byte[] second = Files.readAllBytes(out.resolve("minimal.pdf"));
        assertThat(second).isNotEqualTo(first);
        // The date is in the XMP metadata (PDF/A-4 has no document information dictionary).
        assertThat(new String(second, java.nio.charset.StandardCharsets.UTF_8)).contains("<xmp:CreateDate>2027-01-15T");

        assertThat(build(out, null).err()).as("no SOURCE_DATE_EPOCH: the plan's own date").contains("rendered 1 plan(s)");
    }

    @Test
    @Tag("pdf-tools") // two Thai fonts of Debian's fonts-thai-tlwg
    void aFontFileWithNewContentRendersThePdfAgain() throws IOException {
        Path font = dir.resolve("fonts/chosen.ttf");
        Files.createDirectories(font.getParent());
        Path tlwg = Path.of("/usr/share/fonts/truetype/tlwg");
        Files.copy(tlwg.resolve("Laksaman.ttf"), font);
        Path out = dir.resolve("site");
        assertThat(build(out, "1700000000", "--font", font.toString()).err()).contains("rendered 1 plan(s)");
        byte[] first = Files.readAllBytes(out.resolve("minimal.pdf"));
        assertThat(build(out, "1700000000", "--font", font.toString()).err()).contains("1 up to date");

        // Same file name, same modification time, other letters.
        var time = Files.getLastModifiedTime(font);
        Files.copy(tlwg.resolve("Garuda.ttf"), font, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(font, time);
        assertThat(build(out, "1700000000", "--font", font.toString()).err()).contains("rendered 1 plan(s)");
        assertThat(Files.readAllBytes(out.resolve("minimal.pdf"))).isNotEqualTo(first);
    }

    /** {@code plan build MINIMAL --out OUT --format pdf} in a new JVM, SOURCE_DATE_EPOCH set or not. */
    private static ExternalTool.Result build(Path out, String sourceDateEpoch, String... more) {
        List<String> env = new ArrayList<>(List.of("env", "-u", "SOURCE_DATE_EPOCH"));
        if (sourceDateEpoch != null) {
            env.add("SOURCE_DATE_EPOCH=" + sourceDateEpoch);
        }
        List<String> args = new ArrayList<>(List.of("build", MINIMAL, "--out", out.toString(), "--format", "pdf",
                "--lang", "en"));
        args.addAll(List.of(more));
        ExternalTool.Result r = Cli.inNewJvm(env, args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return r;
    }
}
