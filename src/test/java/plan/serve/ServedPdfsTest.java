package plan.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.app.BuildOptions;
import plan.app.check.CheckReport;
import plan.app.check.PlanChecker;
import plan.app.check.PlanFiles;
import plan.load.Limits;
import plan.render.site.OutputFormat;
import plan.render.site.SiteRenderer;

/** The PDFs of a live preview: typeset on request, one plan at a time, kept while the plan is unchanged. */
class ServedPdfsTest {
    @TempDir
    Path dir;

    @Test
    void typesetsTheOnePlanAskedForAndKeepsItUntilThePlanChanges() throws Exception {
        String source = Files.readString(Path.of("examples/minimal.plan.yaml"));
        Files.writeString(dir.resolve("a.plan.yaml"), source);
        Files.writeString(dir.resolve("b.plan.yaml"), source);
        Files.writeString(dir.resolve("broken.plan.yaml"), source + "typo: 1\n");
        ServedPdfs shelf = new ServedPdfs(new BuildOptions(null, EnumSet.of(OutputFormat.PDF), null, false, null, false), "test");
        SiteRenderer renderer = new SiteRenderer(null, "test");

        CheckReport report = check();
        byte[] a = shelf.pdf("a", report, renderer);
        assertThat(new String(a, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // Kept: the same object's bytes come back, nothing typeset again (a copy each time, equal).
        assertThat(shelf.pdf("a", check(), renderer)).isEqualTo(a);
        assertThat(shelf.pdf("broken", report, renderer)).isNull();
        assertThat(shelf.pdf("nowhere", report, renderer)).isNull();

        Files.writeString(dir.resolve("a.plan.yaml"), source.replace(ServeTest.VISION, "วิสัยทัศน์ใหม่"));
        byte[] changed = shelf.pdf("a", check(), renderer);
        assertThat(changed).startsWith(a[0], a[1], a[2], a[3], a[4]).isNotEqualTo(a);
    }

    private CheckReport check() throws Exception {
        return new PlanChecker(Limits.DEFAULT).checkAll(PlanFiles.find(List.of(dir.toString())));
    }

    @Test
    void forgetsThePlansNoLongerServed() throws Exception {
        Files.writeString(dir.resolve("a.plan.yaml"), Files.readString(Path.of("examples/minimal.plan.yaml")));
        ServedPdfs shelf = new ServedPdfs(new BuildOptions(null, EnumSet.of(OutputFormat.PDF), null, false, null, false), "test");
        SiteRenderer renderer = new SiteRenderer(null, "test");
        assertThat(shelf.pdf("a", check(), renderer)).isNotNull();
        shelf.keepOnly(Set.of());
        // Still made again on request: forgetting costs a typesetting, never a wrong PDF.
        assertThat(shelf.pdf("a", check(), renderer)).isNotNull();
    }
}
