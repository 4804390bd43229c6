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

/**
 * The cascade example's PDFs, read back with poppler as a reader gets them: each holds the title
 * of every framework the plan aligns with, and the titles of the framework items its tables list.
 */
@Tag("pdf-tools")
class CascadePdfTest {
    @Test
    void everyFrameworkTitleAPlanAlignsWithIsInItsPdf(@TempDir Path site) throws Exception {
        Cli.Result r = Cli.run("build", "examples/cascade", "frameworks", "--out", site.toString(), "--format", "pdf");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String area = text(site.resolve("spp-example-1.pdf"));
        assertThat(area).contains(squeezed("ยุทธศาสตร์ชาติ พ.ศ. 2561–2580"),
                squeezed("นโยบายตัวอย่างของสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน ปีงบประมาณ พ.ศ. 2568"),
                squeezed("ยุทธศาสตร์ชาติด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์"),
                squeezed("ยุทธศาสตร์ชาติด้านการปรับสมดุลและพัฒนาระบบการบริหารจัดการภาครัฐ"));
        String school = text(site.resolve("school-ban-nong-khu.pdf"));
        assertThat(school).contains(squeezed("ยุทธศาสตร์ชาติ พ.ศ. 2561–2580"),
                squeezed("แผนพัฒนาการศึกษา พ.ศ. 2568–2570"), squeezed("พัฒนาคุณภาพผู้เรียนและครู"));
    }

    /** The text without spaces and line ends: where a table cell wraps is the typesetter's choice. */
    private static String text(Path pdf) {
        assertThat(Files.isRegularFile(pdf)).as(pdf.toString()).isTrue();
        return squeezed(ExternalTool.ok(null, List.of("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-")));
    }

    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }
}
