package plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

import plan.testing.Cli;

/**
 * {@code plan build} with a PDF over its time budget. The budget is a system property, which
 * every PDF typeset in this JVM reads: no other test runs meanwhile.
 */
@Isolated
class PdfTimeLimitTest {
    @TempDir
    Path dir;

    @Test
    void aPdfOverItsTimeBudgetIsReportedForItsPlanNotAsAHang() {
        Path out = dir.resolve("site");
        System.setProperty("plan.pdf.time-limit", "0.001");
        try {
            Cli.Result r = Cli.run("build", BuildCommandTest.MINIMAL, "--out", out.toString(), "--format", "pdf");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).contains("examples/minimal.plan.yaml: the PDF of").contains("0.0 s")
                    .doesNotContain("Exception");
            assertThat(out.resolve("minimal.pdf")).doesNotExist();
            // Issue 31: the same refusal, in Thai when the reader reads Thai.
            Cli.Result th = Cli.run("build", "--lang", "th", BuildCommandTest.MINIMAL, "--out", out.toString(), "--format", "pdf");
            assertThat(th.exitCode()).isEqualTo(1);
            assertThat(th.err()).contains("examples/minimal.plan.yaml: PDF ของ").contains("ทำไม่เสร็จภายใน 0.0 s")
                    .doesNotContain("not finished");
        } finally {
            System.clearProperty("plan.pdf.time-limit");
        }
    }
}
