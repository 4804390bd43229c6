package plan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plan.testing.Cli;
import plan.testing.Golden;

/**
 * {@code --style modern} keeps the look of format 1 before the official document: the Markdown
 * and HTML of every example and real plan equal golden/modern/*.md and *.html, and each PDF's
 * SHA-256 the one kept in golden/modern/pdf.sha256. They were recorded when the official look came
 * and checked then, byte for byte, against the tool without it; what this round added to the
 * content of every style (budget tables that reconcile) is in them since, and a modern action
 * plan keeps each project in full in its chapter, without the official list of projects
 * ({@code -Dgolden.update=true} rewrites them, as the other goldens). The style set in a plan file
 * or plan.config.yaml gives the same bytes as on the command line.
 */
class ModernLookTest {
    private static final List<String> IDS = List.of("minimal", "full-example", "action-plan", "spp-sisaket-2",
            "spm-sisaket-yasothon", "spp-mahasarakham-2");

    @TempDir
    static Path site;

    @BeforeAll
    static void build() {
        Cli.Result r = Cli.run("build", "plans", "examples/minimal.plan.yaml", "examples/full.plan.yaml",
                "examples/action-plan.plan.yaml", "--out", site.toString(), "--format", "md,html,pdf", "--lang", "en",
                "--style", "modern");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void theModernStyleKeepsTheLookBeforeTheOfficialOne() throws IOException {
        StringBuilder hashes = new StringBuilder();
        for (String id : IDS) {
            Golden.assertMatches(RenderGoldenTest.GOLDEN.resolve("modern").resolve(id + ".md"),
                    Files.readString(site.resolve(id + ".md")));
            Golden.assertMatches(RenderGoldenTest.GOLDEN.resolve("modern").resolve(id + ".html"),
                    Files.readString(site.resolve(id + ".html")));
            hashes.append(sha256(Files.readAllBytes(site.resolve(id + ".pdf")))).append("  ").append(id).append(".pdf\n");
        }
        Golden.assertMatches(RenderGoldenTest.GOLDEN.resolve("modern").resolve("pdf.sha256"), hashes.toString());
    }

    @Test
    void theStyleOfThePlanOrItsFolderIsTheStyleOfTheCommandLine(@TempDir Path work) throws IOException {
        Path inPlan = work.resolve("in-plan");
        Path inConfig = work.resolve("in-config");
        Files.createDirectories(inPlan);
        Files.createDirectories(inConfig);
        String minimal = Files.readString(Path.of("examples/minimal.plan.yaml"));
        Files.writeString(inPlan.resolve("minimal.plan.yaml"), minimal + "\nstyle: modern\n");
        Files.writeString(inConfig.resolve("minimal.plan.yaml"), minimal);
        Files.writeString(inConfig.resolve("plan.config.yaml"), "style: modern\n");
        for (Path folder : List.of(inPlan, inConfig)) {
            Cli.Result r = Cli.run("build", folder.toString(), "--out", folder.resolve("site").toString(),
                    "--format", "html,pdf", "--lang", "en");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(Files.readString(folder.resolve("site/minimal.html"))).as(folder.toString())
                    .doesNotContain("official.css");
        }
        // The command line wins over the configuration.
        Cli.Result r = Cli.run("build", inConfig.toString(), "--style", "official", "--out",
                inConfig.resolve("official").toString(), "--format", "html", "--lang", "en");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(inConfig.resolve("official/minimal.html"))).contains("assets/official.css");
    }

    @Test
    void anUnknownStyleIsAUsageErrorOnTheCommandLineAndWrongTypeInAPlan(@TempDir Path work) throws IOException {
        Cli.Result usage = Cli.run("build", "examples/minimal.plan.yaml", "--style", "fancy", "--out", work.toString());
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("fancy").doesNotContain("Exception");
        Path plan = work.resolve("bad.plan.yaml");
        Files.writeString(plan, Files.readString(Path.of("examples/minimal.plan.yaml")) + "style: fancy\n");
        Cli.Result check = Cli.run("check", plan.toString(), "--lang", "en");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out() + check.err()).contains("bad.plan.yaml:", "error[wrong-type]", "`style` must be `official` or `modern`, not `fancy`");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
