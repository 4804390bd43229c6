package plan.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * The header of a results report's page and of a roll-up's: the plan it is of, named as such and
 * not as its parent, in the plan's language; the report before it; its own documents; and the
 * plan's page linking each report's page and PDF. Every link leads to a file the build wrote.
 */
class ReportPageLinksTest {
    private static final List<String> FILES = List.of("examples/action-plan.plan.yaml",
            "examples/action-plan-q2.results.yaml", "examples/action-plan-year-end.results.yaml");
    private static final Pattern HEADER = Pattern.compile("<header class=\"site-header\">(.*?)</header>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @TempDir
    Path dir;

    @Test
    void aReportsHeaderNamesItsPlanAsReportedOnAndLinksThePreviousReport() throws IOException {
        Path site = build("md,html", FILES.toArray(String[]::new));
        String q2 = header(site, "action-plan-q2.html");
        String yearEnd = header(site, "action-plan-year-end.html");
        for (String header : List.of(q2, yearEnd)) {
            assertThat(header).contains("รายงานผลของแผน: <a href=\"action-plan.html\">").doesNotContain("แผนต้นสังกัด");
        }
        assertThat(yearEnd).contains("รายงานครั้งก่อน: <a href=\"action-plan-q2.html\">"
                + "รายงานผลการดำเนินงาน รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2568</a>");
        assertThat(q2).doesNotContain("รายงานครั้งก่อน");
        // Without PDFs the build links none.
        assertThat(header(site, "action-plan.html") + q2 + yearEnd).doesNotContain(".pdf");
        assertEveryLinkResolves(site, "action-plan.html", "action-plan-q2.html", "action-plan-year-end.html");
    }

    @Test
    void whenTheBuildWritesPdfsThePlanAndEachReportLinkTheReportsPdf() throws IOException {
        Path site = build("html,pdf", FILES.toArray(String[]::new));
        assertThat(header(site, "action-plan.html"))
                .contains("<a href=\"action-plan-q2.html\">รายงานผลการดำเนินงาน รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2568</a>"
                        + " (<a href=\"action-plan-q2.pdf\">ไฟล์ PDF</a>)")
                .contains("(<a href=\"action-plan-year-end.pdf\">ไฟล์ PDF</a>)");
        assertThat(header(site, "action-plan-q2.html")).contains("เอกสาร: <a href=\"action-plan-q2.pdf\">ไฟล์ PDF</a>");
        assertThat(header(site, "action-plan-year-end.html")).contains("<a href=\"action-plan-year-end.pdf\">");
        assertEveryLinkResolves(site, "action-plan.html", "action-plan-q2.html", "action-plan-year-end.html");
    }

    @Test
    void theRollupsHeaderSaysItRollsUpTheOfficesPlanAndLinksItsPdf() throws IOException {
        Path site = build("md,html", "examples/area-office");
        String header = header(site, "spp-area-example.rollup.html");
        assertThat(header).contains("ภาพรวมของสถานศึกษาในสังกัดตามแผน: <a href=\"spp-area-example.html\">")
                .doesNotContain("แผนต้นสังกัด").doesNotContain(".pdf");
        assertEveryLinkResolves(site, "spp-area-example.rollup.html");
        site = build("html,pdf", "examples/area-office");
        assertThat(header(site, "spp-area-example.rollup.html")).contains("<a href=\"spp-area-example.rollup.pdf\">ไฟล์ PDF</a>");
        assertEveryLinkResolves(site, "spp-area-example.rollup.html");
    }

    @Test
    void anEnglishPlansReportAndRollupSayItInEnglish() throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("area"));
        Files.writeString(src.resolve("action-plan.plan.yaml"), "lang: en\n" + Files.readString(Path.of(FILES.get(0))));
        Files.copy(Path.of(FILES.get(1)), src.resolve("action-plan-q2.results.yaml"));
        Files.copy(Path.of(FILES.get(2)), src.resolve("action-plan-year-end.results.yaml"));
        try (Stream<Path> files = Files.list(Path.of("examples/area-office"))) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                Files.writeString(src.resolve("area").resolve(f.getFileName()),
                        f.toString().endsWith(".plan.yaml") ? "lang: en\n" + text : text);
            }
        }
        Path site = build("md,html", src.toString());
        assertThat(header(site, "action-plan-year-end.html"))
                .contains("Performance report of the plan: <a href=\"action-plan.html\">")
                .contains("Previous report: <a href=\"action-plan-q2.html\">")
                .doesNotContain("Parent plan");
        assertThat(header(site, "spp-area-example.rollup.html"))
                .contains("Schools&#39; roll-up of the plan: <a href=\"spp-area-example.html\">")
                .doesNotContain("Parent plan");
    }

    @Test
    void aPreviousResultsFileRenamedRendersTheLaterReportsLinkAgain() throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        for (String f : FILES) {
            Files.copy(Path.of(f), src.resolve(Path.of(f).getFileName()));
        }
        Path site = build("md,html", src.toString());
        Files.move(src.resolve("action-plan-q2.results.yaml"), src.resolve("half-year.results.yaml"));
        assertThat(build(site, "md,html", src.toString()).exitCode()).isZero();
        assertThat(header(site, "action-plan-year-end.html")).contains("รายงานครั้งก่อน: <a href=\"half-year.html\">")
                .doesNotContain("action-plan-q2.html");
        assertEveryLinkResolves(site, "action-plan-year-end.html");
    }

    private Path build(String formats, String... paths) {
        Path site = dir.resolve("site");
        Cli.Result r = build(site, formats, paths);
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        return site;
    }

    private static Cli.Result build(Path site, String formats, String... paths) {
        List<String> args = new ArrayList<>(List.of("build", "--format", formats, "--out", site.toString()));
        args.addAll(List.of(paths));
        return Cli.run(args.toArray(String[]::new));
    }

    private static String header(Path site, String page) throws IOException {
        Matcher m = HEADER.matcher(Files.readString(site.resolve(page)));
        assertThat(m.find()).as("%s has a header", page).isTrue();
        return m.group(1);
    }

    /** Every link in the header of each page leads to a file of the site. */
    private static void assertEveryLinkResolves(Path site, String... pages) throws IOException {
        for (String page : pages) {
            Matcher m = HREF.matcher(header(site, page));
            while (m.find()) {
                assertThat(site.resolve(m.group(1))).as("%s links %s", page, m.group(1)).isRegularFile();
            }
        }
    }
}
