package plan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.app.check.CheckReport;
import plan.app.check.PlanChecker;
import plan.app.check.PlanFiles;
import plan.app.publish.MemoryPublisher;
import plan.app.publish.Publisher;
import plan.cache.BuildState;
import plan.cache.MemoryMemo;
import plan.load.Limits;
import plan.render.site.Documents;
import plan.render.site.OutputFormat;
import plan.render.site.SiteRenderer;
import plan.testing.Cli;

/**
 * The index's line of a plan's latest results (indicators met of reported, budget spent of
 * allocated, as of when) lives in the build's own record, beside the results report's render key,
 * not in the check's memory: an unchanged rebuild writes the index a clean build writes; a changed
 * results file changes its plan's line and nothing else; a changed base (whose targets the plan
 * inherits) changes the line and the report. Through {@code plan build}, as a user runs it; and
 * in a live preview, which renders no reports: memory keeps the line beside a key, so a save
 * makes the line of only the results it changed.
 */
class LatestLineRecordTest {
    private static final Pattern LINE = Pattern.compile("<span class=\"latest-results\"><a href=\"[^\"]+\">([^<]+)</a>");

    @TempDir
    Path dir;

    @Test
    void theLineIsKeptBesideTheReportsKeyAndAChangedResultsFileChangesItAlone() throws IOException {
        Path src = copy("examples", "action-plan.plan.yaml", "action-plan-q2.results.yaml",
                "action-plan-year-end.results.yaml");
        Files.copy(Path.of("examples/minimal.plan.yaml"), src.resolve("minimal.plan.yaml"));
        Path out = dir.resolve("site");
        build(src, out);
        String first = index(out);
        String line = line(first);
        assertThat(line).as("the year-end results are the latest").contains("รอบ 12 เดือน (30 กันยายน 2568)").contains("ตัวชี้วัด");
        assertThat(record(out, "action-plan-year-end")).as("the line beside the report's key")
                .contains("row " + line + "\n");
        assertThat(record(out, "action-plan-q2")).as("every report keeps its line").contains("row ");
        String planRecord = record(out, "action-plan");
        String q2Record = record(out, "action-plan-q2");

        build(src, out);
        assertThat(index(out)).as("an up-to-date build's index, made from the records").isEqualTo(first);

        Path yearEnd = src.resolve("action-plan-year-end.results.yaml");
        Files.writeString(yearEnd, Files.readString(yearEnd).replace("spent: 24600", "spent: 20600"));
        build(src, out);
        String changed = index(out);
        String newLine = line(changed);
        assertThat(newLine).isNotEqualTo(line);
        assertThat(changed.replace(newLine, line)).as("only the plan's latest line changed").isEqualTo(first);
        assertThat(record(out, "action-plan-year-end")).contains("row " + newLine + "\n");
        assertThat(record(out, "action-plan")).as("the plan was not rendered again").isEqualTo(planRecord);
        assertThat(record(out, "action-plan-q2")).as("nor the earlier report").isEqualTo(q2Record);

        Path clean = dir.resolve("clean");
        build(src, clean);
        assertThat(index(clean)).as("the same as a clean build's index, made from the models").isEqualTo(changed);
    }

    @Test
    void aChangedBaseChangesTheLineOfAPlanThatInheritsItsTargets() throws IOException {
        Path src = copy("examples/yearly", "development-plan.plan.yaml", "action-plan-2569.plan.yaml");
        Files.writeString(src.resolve("action-plan-2569-q2.results.yaml"), """
                plan: action-plan-2569
                as-of: 2569-03-31
                indicators:
                  G1-1: {value: 87}
                projects:
                  P1: {status: on-track, spent: 20000}
                """);
        Path out = dir.resolve("site");
        build(src, out);
        assertThat(line(index(out))).as("87 is short of the inherited target 88").contains("บรรลุค่าเป้าหมาย 0 จากที่รายงาน 1");

        Path base = src.resolve("development-plan.plan.yaml");
        Files.writeString(base, Files.readString(base).replace("2569: 88,", "2569: 86,"));
        build(src, out);
        assertThat(line(index(out))).as("the base's target is 86 now").contains("บรรลุค่าเป้าหมาย 1 จากที่รายงาน 1");
        Path clean = dir.resolve("clean");
        build(src, clean);
        assertThat(index(out)).isEqualTo(index(clean));
        assertThat(Files.readString(out.resolve("action-plan-2569-q2.md")))
                .as("the report, rendered again").isEqualTo(Files.readString(clean.resolve("action-plan-2569-q2.md")));
    }

    @Test
    void aPreviewKeepsTheLineInMemoryAndMakesItAgainOnlyWhenTheResultsChange() throws Exception {
        Path src = copy("examples", "action-plan.plan.yaml", "action-plan-q2.results.yaml",
                "action-plan-year-end.results.yaml");
        // As plan serve does: pages into memory, no results reports, then the index from what memory keeps.
        BuildOptions pages = new BuildOptions(null, EnumSet.of(OutputFormat.MD, OutputFormat.HTML), null, false, null, false);
        SiteRenderer renderer = new SiteRenderer(null, "test");
        MemoryPublisher memory = new MemoryPublisher();
        List<String> handed = new java.util.concurrent.CopyOnWriteArrayList<>();
        Publisher watched = watching(memory, handed);
        PlanChecker checker = BuildChecker.of(Limits.DEFAULT, new MemoryMemo(), "");
        CheckReport report = checker.checkAgain(PlanFiles.find(List.of(src.toString())), Set.of());
        Build.plans(report, pages, renderer, watched, "test");
        assertThat(handed).as("the plan's pages and its latest results' line").containsExactlyInAnyOrder(
                "action-plan", "action-plan-year-end");
        String line = memory.row("action-plan-year-end").get(0);
        assertThat(line).contains("รอบ 12 เดือน (30 กันยายน 2568)");
        assertThat(new String(Build.site(report, pages, renderer, memory).bytes("index.html"),
                java.nio.charset.StandardCharsets.UTF_8)).contains(line);

        handed.clear();
        Build.plans(checker.checkAgain(PlanFiles.find(List.of(src.toString())), Set.of()), pages, renderer, watched, "test");
        assertThat(handed).as("nothing changed: the line is kept").isEmpty();
        assertThat(memory.row("action-plan-year-end")).containsExactly(line);

        Path yearEnd = src.resolve("action-plan-year-end.results.yaml");
        Files.writeString(yearEnd, Files.readString(yearEnd).replace("spent: 24600", "spent: 20600"));
        Build.plans(checker.checkAgain(PlanFiles.find(List.of(src.toString())), Set.of(yearEnd.toAbsolutePath())),
                pages, renderer, watched, "test");
        assertThat(handed).as("the results changed: their line alone is made again").containsExactly("action-plan-year-end");
        assertThat(memory.row("action-plan-year-end").get(0)).isNotEqualTo(line).contains("281,800.50");
    }

    /** {@code memory}, noting the id of each plan handed over. */
    private static Publisher watching(MemoryPublisher memory, List<String> handed) {
        return new Publisher() {
            @Override
            public boolean holds(String id, String key, java.util.Collection<String> names) {
                return memory.holds(id, key, names);
            }

            @Override
            public void plan(String id, String key, Documents documents) {
                plan(id, key, documents, List.of());
            }

            @Override
            public void plan(String id, String key, Documents documents, List<String> row) {
                handed.add(id);
                memory.plan(id, key, documents, row);
            }

            @Override
            public List<String> row(String id) {
                return memory.row(id);
            }

            @Override
            public void site(Documents documents) {
                memory.site(documents);
            }

            @Override
            public void publish() {
                memory.publish();
            }

            @Override
            public List<String> published() {
                return memory.published();
            }

            @Override
            public void close() {
                memory.close();
            }
        };
    }

    private Path copy(String folder, String... files) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        for (String f : files) {
            Files.copy(Path.of(folder, f), src.resolve(f));
        }
        return src;
    }

    private static void build(Path src, Path into) {
        Cli.Result r = Cli.run("build", src.toString(), "--out", into.toString(), "--format", "md,html");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    private static String index(Path site) throws IOException {
        return Files.readString(site.resolve("index.html"));
    }

    /** The one latest-results line of an index. */
    private static String line(String index) {
        Matcher m = LINE.matcher(index);
        assertThat(m.find()).as("a latest-results line in\n" + index).isTrue();
        String found = m.group(1);
        assertThat(m.find()).as("only one").isFalse();
        return found;
    }

    private static String record(Path site, String id) {
        return plan.testing.BuildRecords.of(site, id);
    }
}
