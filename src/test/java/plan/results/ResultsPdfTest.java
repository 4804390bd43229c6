package plan.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;
import plan.testing.ExternalTool;

/** A results report's PDF, read back with poppler as a reader gets it. */
@Tag("pdf-tools")
class ResultsPdfTest {
    @Test
    void theReportsPdfHoldsItsTitleFiguresAndStatuses(@TempDir Path site) throws Exception {
        Cli.Result r = Cli.run("build", "examples/action-plan.plan.yaml", "examples/action-plan-q2.results.yaml",
                "examples/action-plan-year-end.results.yaml", "--out", site.toString(), "--format", "pdf");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out() + r.err()).doesNotContain("no glyph");
        Path pdf = site.resolve("action-plan-year-end.pdf");
        assertThat(Files.isRegularFile(pdf)).isTrue();
        String text = ExternalTool.ok(null, List.of("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-"))
                .replaceAll("\\s+", "");
        assertThat(text).contains("รายงานผลการดำเนินงานรอบ12เดือนปีงบประมาณพ.ศ.2568", "285,800.50", "■บรรลุ",
                "×ไม่บรรลุ", "ยกเลิก");
    }
}
