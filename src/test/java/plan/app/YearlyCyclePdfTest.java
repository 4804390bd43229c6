package plan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;
import plan.testing.ExternalTool;

/** The action plan's PDF prints what it inherits from its development plan, and names that plan on the cover. */
@Tag("pdf-tools")
class YearlyCyclePdfTest {
    @TempDir
    Path site;

    @Test
    void theActionPlansPdfHoldsTheInheritedPartsAndNamesItsBase() {
        Cli.Result r = Cli.run("build", "examples/yearly", "--out", site.toString(), "--format", "pdf");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path pdf = site.resolve("action-plan-2569.pdf");
        assertThat(Files.isRegularFile(pdf)).isTrue();
        String all = squeezed(ExternalTool.ok(null, List.of("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-")));
        assertThat(all).contains(squeezed("วิสัยทัศน์ พันธกิจ เป้าประสงค์ และกลยุทธ์ ตาม แผนพัฒนาการศึกษา พ.ศ. 2568–2571"),squeezed("ใช้ระบบสารสนเทศในการติดตามและรายงานผล"),
                squeezed("พัฒนาครูและระบบบริหารจัดการสถานศึกษาให้มีประสิทธิภาพ"),
                squeezed("จำนวนนักเรียนที่ยืมหนังสือจากห้องสมุดต่อสัปดาห์"));
    }

    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }
}
