package plan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.app.check.CheckReport;
import plan.app.check.PlanChecker;
import plan.app.check.PlanFile;
import plan.cache.BuildState;
import plan.cache.CheckCache;
import plan.load.Limits;
import plan.render.site.OutputFormat;
import plan.testing.SiteDocuments;
import plan.cache.CheckMemo;
import plan.cache.FileLook;

/**
 * A rebuild of a plan with two results files (Q2 and year end), with the check cache a build
 * keeps: an unchanged results file is recalled without being read (by its look, as an unchanged
 * plan file is) and readies no renderer; a changed one renders its own report (and the next
 * one's, which shows the change since it) and nothing else; a changed plan checks its results
 * files again. Each rebuild leaves the bytes of a clean build.
 */
class ResultsRebuildTest {
    private static final List<String> FILES = List.of("action-plan.plan.yaml", "action-plan-q2.results.yaml",
            "action-plan-year-end.results.yaml");

    @TempDir
    Path dir;
    Path src;
    Path out;

    @BeforeEach
    void sources() throws IOException {
        src = Files.createDirectories(dir.resolve("src"));
        out = dir.resolve("site");
        for (String f : FILES) {
            Files.copy(Path.of("examples", f), src.resolve(f));
            settle(src.resolve(f));
        }
        assertThat(build(out).rendered()).isEqualTo(Set.of("action-plan", "action-plan-q2", "action-plan-year-end"));
    }

    @Test
    void unchangedResultsFilesAreRecalledUnreadAndReadyNoRenderer() throws IOException {
        assertThat(readied()).as("nothing changed").isEqualTo(WarmUp.Readying.NOTHING);
        Run again = build(out);
        assertThat(again.rendered()).isEmpty();
        assertThat(again.read()).as("files read and hashed").isEmpty();
        assertThat(again.recalled()).as("the plan's check and the results files', in one entry").isEqualTo(2);
        assertSameAsCleanBuild();
    }

    @Test
    void aChangedResultsFileRendersItsReportAloneAndIsReadAlone() throws IOException {
        Path yearEnd = src.resolve("action-plan-year-end.results.yaml");
        edit(yearEnd, "G1-1: {value: 91.2}", "G1-1: {value: 91.4}");
        settle(yearEnd); // its look is new, though not of the moment: it is not trusted, it is read
        assertThat(readied()).as("a results file changed: its report alone renders").isEqualTo(WarmUp.Readying.REPORTS);
        Run again = build(out);
        assertThat(again.rendered()).containsExactly("action-plan-year-end");
        assertThat(again.read()).containsExactly(yearEnd.toAbsolutePath().normalize().toString());
        assertThat(Files.readString(out.resolve("action-plan-year-end.md"))).contains("91.4 ↑");
        assertSameAsCleanBuild();
        assertThat(build(out).read()).as("remembered since").isEmpty();
    }

    @Test
    void aBrokenResultsFileLeftAsItWasReadiesNoRenderer() throws IOException {
        Path broken = src.resolve("broken-q2.results.yaml");
        Files.writeString(broken, "plan: no-such-plan\nas-of: 2025-03-31\n");
        settle(broken);
        // Checked once with the build's cache: its look and hash are noted, its result (an error) is not remembered.
        CheckCache cache = CheckCache.in(BuildState.of(out).resolve(CheckCache.FOLDER), "test 1.0");
        assertThat(BuildChecker.of(Limits.DEFAULT, cache).checkAll(find()).hasErrors()).isTrue();
        cache.save();
        assertThat(readied()).as("its report cannot render, and it did not change").isEqualTo(WarmUp.Readying.NOTHING);
        Files.writeString(broken, "plan: action-plan\nas-of: 2025-03-31\n");
        settle(broken);
        assertThat(readied()).as("mended: its report is likely to render").isEqualTo(WarmUp.Readying.REPORTS);
    }

    @Test
    void aResultsFileWithAWarningIsRecalledWithItAndTheFolderSeveritiesAppliedNow() throws IOException {
        Path yearEnd = src.resolve("action-plan-year-end.results.yaml");
        // Below the target and no note: warning[result-needs-note] at the value's line.
        edit(yearEnd, "G1-1: {value: 91.2}", "G1-1: {value: 11.2}");
        settle(yearEnd);
        build(out);
        assertThat(readied()).as("a file with a warning is as unchanged as a clean one").isEqualTo(WarmUp.Readying.NOTHING);
        CheckCache cache = CheckCache.in(BuildState.of(out).resolve(CheckCache.FOLDER), "test 1.0");
        Set<String> read = ConcurrentHashMap.newKeySet();
        CheckReport recalled = BuildChecker.of(Limits.DEFAULT, reading(cache, read), cache.identity()).checkAll(find());
        assertThat(read).as("nothing read again").isEmpty();
        assertThat(recalled.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("result-needs-note");
            assertThat(d.severity()).isEqualTo(plan.diag.Severity.WARNING);
            // The line it points at, for the printer's snippet, remembered with it.
            assertThat(recalled.sources().get(d.file()).line(d.line())).contains("G1-1: {value: 11.2}");
        });
        // The folder's severities are applied to what is recalled, not remembered with it.
        Files.writeString(src.resolve("plan.config.yaml"), "rules:\n  result-needs-note: error\n");
        CheckReport stricter = BuildChecker.of(Limits.DEFAULT, reading(cache, read), cache.identity()).checkAll(find());
        assertThat(stricter.results()).filteredOn(r -> r.id().equals("action-plan-year-end")).singleElement()
                .satisfies(r -> assertThat(r.hasErrors()).isTrue());
        assertThat(read).as("still recalled, not read").isEmpty();
    }

    @Test
    void anEarlierResultsFileChangedRendersTheLaterReportThatComparesWithIt() throws IOException {
        Path q2 = src.resolve("action-plan-q2.results.yaml");
        edit(q2, "G1-1: {value: 86.5", "G1-1: {value: 86.7");
        settle(q2);
        assertThat(build(out).rendered()).containsExactly("action-plan-q2", "action-plan-year-end");
        assertSameAsCleanBuild();
    }

    @Test
    void aChangedPlanChecksItsResultsFilesAgain() throws IOException {
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).contains("ตัวชี้วัดที่บรรลุค่าเป้าหมาย 7 จากที่รายงาน 9");
        Path plan = src.resolve("action-plan.plan.yaml");
        edit(plan, "targets: {2568: 90}", "targets: {2568: 95}");
        settle(plan);
        Run again = build(out);
        assertThat(again.rendered()).containsExactly("action-plan", "action-plan-q2", "action-plan-year-end");
        assertThat(Files.readString(out.resolve("index.html"))).contains("ตัวชี้วัดที่บรรลุค่าเป้าหมาย 6 จากที่รายงาน 9");
        assertSameAsCleanBuild();
    }

    @Test
    void anotherToolChecksAndRendersEverythingAgain() throws IOException {
        Run again = build(out, "2.0");
        assertThat(again.rendered()).containsExactly("action-plan", "action-plan-q2", "action-plan-year-end");
        assertThat(again.read()).as("files read and hashed").hasSize(FILES.size());
        assertThat(build(out, "2.0").rendered()).as("and remembered for that tool").isEmpty();
    }

    /** What a build rendered (by its Markdown), which files it read and hashed, how many checks it recalled. */
    record Run(Set<String> rendered, Set<String> read, int recalled) {
    }

    private Run build(Path into) throws IOException {
        return build(into, "1.0");
    }

    /** A build by the tool of {@code version} (its check results and render keys are that tool's). */
    private Run build(Path into, String version) throws IOException {
        CheckCache cache = CheckCache.in(BuildState.of(into).resolve(CheckCache.FOLDER), "test " + version);
        Set<String> read = ConcurrentHashMap.newKeySet();
        BuildOptions options = new BuildOptions(into, EnumSet.of(OutputFormat.MD, OutputFormat.HTML), null, false,
                null, false);
        List<PlanFile> files = find();
        PlanChecker checker = BuildChecker.of(Limits.DEFAULT, reading(cache, read), cache.identity());
        BuildResult result = TestBuilds.run(files, checker, cache, options, WarmUp.start(options, files, checker, version),
                version);
        return new Run(TestBuilds.rendered(result), read, cache.recalled());
    }

    /** What a build into {@code out} would ready while checking (something when a file changed). */
    private WarmUp.Readying readied() {
        CheckCache cache = CheckCache.in(BuildState.of(out).resolve(CheckCache.FOLDER), "test 1.0");
        BuildOptions options = new BuildOptions(out, EnumSet.of(OutputFormat.MD, OutputFormat.PDF), null, false, null,
                false);
        return WarmUp.start(options, find(), BuildChecker.of(Limits.DEFAULT, cache), "1.0").readying();
    }

    /** {@code cache}, noting in {@code read} every file the check read and hashed. */
    private static CheckMemo reading(CheckCache cache, Set<String> read) {
        return new CheckMemo() {
            @Override
            public String knownHash(Path file) {
                return cache.knownHash(file);
            }

            @Override
            public void hashed(Path file, FileLook look, String hash) {
                read.add(file.toAbsolutePath().normalize().toString());
                cache.hashed(file, look, hash);
            }

            @Override
            public boolean has(String key) {
                return cache.has(key);
            }

            @Override
            public byte[] recall(String key) {
                return cache.recall(key);
            }

            @Override
            public byte[] recallStart(String key, int length) {
                return cache.recallStart(key, length);
            }

            @Override
            public boolean remember(String key, byte[] result) {
                return cache.remember(key, result);
            }
        };
    }

    private List<PlanFile> find() {
        return TestBuilds.find(src);
    }

    private void assertSameAsCleanBuild() throws IOException {
        Path clean = dir.resolve("clean");
        build(clean);
        SiteDocuments.assertSame(SiteDocuments.of(out), SiteDocuments.of(clean));
    }

    /** A file last written a minute ago: settled, so the check cache trusts its look from now on. */
    private static void settle(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }
}
