package plan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.app.check.PlanChecker;
import plan.app.check.PlanFile;
import plan.cache.BuildState;
import plan.cache.CheckCache;
import plan.load.Limits;
import plan.render.site.OutputFormat;
import plan.testing.SiteDocuments;

/**
 * A rebuild renders exactly the plans whose documents a change reaches, takes every unchanged
 * file's check from the cache, and leaves the same bytes as a clean build. The sources: the
 * cascade example (an area plan, two schools below it, aligned with frameworks) and, in a folder
 * of its own with its project file and templates, the minimal plan.
 */
class IncrementalBuildTest {
    /** The plans, and the area plan's roll-up of its schools. */
    private static final Set<String> ALL = Set.of("spp-example-1", "school-ban-khok", "school-ban-nong-khu", "minimal",
            "spp-example-1.rollup");
    private static final int FILES = 7; // four plans and three frameworks

    @TempDir
    Path dir;
    Path src;
    Path out;

    @BeforeEach
    void sources() throws IOException {
        src = dir.resolve("src");
        out = dir.resolve("site");
        copyAll(Path.of("examples/cascade"), src.resolve("cascade"));
        copyAll(Path.of("frameworks"), src.resolve("frameworks"));
        Path other = Files.createDirectories(src.resolve("other"));
        Files.copy(Path.of("examples/minimal.plan.yaml"), other.resolve("minimal.plan.yaml"));
        Files.writeString(other.resolve("plan.config.yaml"), "thai-digits: false\ntemplates: tpl\n");
        Files.createDirectories(other.resolve("tpl"));
        Files.copy(Path.of("templates/plan.md.ftl"), other.resolve("tpl/plan.md.ftl"));
        // Written a minute ago: settled files, which the check cache trusts by their look alone.
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
            }
        }
        Run first = build(out, "1.0");
        assertThat(first.rendered()).isEqualTo(ALL);
        assertThat(first.recalled).isZero();
    }

    @Test
    void nothingChangedRendersNothingAndChecksNothing() throws IOException {
        Run again = build(out, "1.0");
        assertThat(again.rendered()).isEmpty();
        assertThat(again.recalled).as("every file's check recalled").isEqualTo(FILES);
        // Render key and cascade come from what the check kept, the index row from the build's record:
        // only the files in a cascade (three plans, three frameworks) are made into models, the minimal plan is not.
        assertThat(again.readWhole).as("models made").isEqualTo(FILES - 1);
        assertSameAsCleanBuild("1.0");
    }

    @Test
    void aChangedTitleShowsInTheIndexAndRendersOnlyItsPlan() throws IOException {
        edit(src.resolve("other/minimal.plan.yaml"), "title: แผนพัฒนาการศึกษา", "title: แผนพัฒนาคุณภาพการศึกษา");
        Run again = build(out, "1.0");
        assertThat(again.rendered()).containsExactly("minimal");
        assertThat(Files.readString(out.resolve("index.html"))).contains("แผนพัฒนาคุณภาพการศึกษา");
        assertSameAsCleanBuild("1.0");
    }

    @Test
    void theRendererIsReadiedOnlyWhenAFileChanged() throws IOException {
        assertThat(readied()).as("nothing changed").isFalse();
        Path plan = src.resolve("cascade/school-ban-khok.plan.yaml");
        edit(plan, "โรงเรียนคุณภาพ", "โรงเรียนคุณภาพสูง");
        assertThat(readied()).as("a plan changed").isTrue();
        build(out, "1.0");
        // Just written, so its look is not trusted yet: it is read again, and its result is found.
        assertThat(readied()).as("the change was built").isFalse();
        Files.setLastModifiedTime(plan, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        assertThat(readied()).as("touched, same bytes").isFalse();
    }

    /**
     * A build of one file has no check of other files to overlap: no starter plan is rendered
     * beside it (only the PDF's fonts and dictionaries are read ahead, see {@code PdfRendererTest}).
     */
    @Test
    void aBuildOfOneFileIsNotReadiedAhead() throws IOException {
        Path fresh = dir.resolve("one-file-site");
        BuildOptions options = new BuildOptions(fresh, EnumSet.of(OutputFormat.MD), null, false, null, true);
        CheckCache cache = CheckCache.in(BuildState.of(fresh).resolve(CheckCache.FOLDER), "test 1.0");
        List<PlanFile> all = find();
        assertThat(all).hasSizeGreaterThan(1);
        assertThat(WarmUp.start(options, all, BuildChecker.of(Limits.DEFAULT, cache), "1.0").readying() == WarmUp.Readying.ALL)
                .as("--force, many files").isTrue();
        assertThat(WarmUp.start(options, all.subList(0, 1), BuildChecker.of(Limits.DEFAULT, cache), "1.0").readying() == WarmUp.Readying.ALL)
                .as("--force, one file").isFalse();
    }

    /** Whether a build of the sources into {@code out} would ready its renderer while checking. */
    private boolean readied() {
        CheckCache cache = CheckCache.in(BuildState.of(out).resolve(CheckCache.FOLDER), "test 1.0");
        BuildOptions options = new BuildOptions(out, EnumSet.of(OutputFormat.MD), null, false, null, false);
        return WarmUp.start(options, find(), BuildChecker.of(Limits.DEFAULT, cache), "1.0").readying() == WarmUp.Readying.ALL;
    }

    @Test
    void aRebuildReadiedInTheBackgroundWritesTheBytesOfAColdBuild() throws IOException {
        Set<OutputFormat> all = EnumSet.allOf(OutputFormat.class);
        Path site = dir.resolve("pdf-site");
        assertThat(build(site, "1.0", all, true).rendered()).isEqualTo(ALL);
        edit(src.resolve("cascade/school-ban-khok.plan.yaml"), "โรงเรียนคุณภาพ", "โรงเรียนคุณภาพสูง");
        assertThat(build(site, "1.0", all, true).rendered()).containsExactlyInAnyOrder("school-ban-khok", "spp-example-1",
                "spp-example-1.rollup");
        Path clean = dir.resolve("pdf-clean");
        build(clean, "1.0", all, false);
        Map<String, byte[]> want = SiteDocuments.of(clean);
        assertThat(want).containsKeys("school-ban-khok.pdf", "index.html");
        SiteDocuments.assertSame(SiteDocuments.of(site), want);
    }

    @Test
    void aChangedPlanRendersItselfAndThePlanAboveIt() throws IOException {
        edit(src.resolve("cascade/school-ban-khok.plan.yaml"), "โรงเรียนคุณภาพ", "โรงเรียนคุณภาพสูง");
        Run again = build(out, "1.0");
        // The area plan's documents list its schools' strategies, so it is rendered too, and the
        // roll-up of its schools; the sibling is not.
        assertThat(again.rendered()).containsExactlyInAnyOrder("school-ban-khok", "spp-example-1",
                "spp-example-1.rollup");
        assertThat(again.recalled).isEqualTo(FILES - 1);
        assertThat(Files.readString(out.resolve("school-ban-khok.md"))).contains("โรงเรียนคุณภาพสูง");
        assertSameAsCleanBuild("1.0");
    }

    @Test
    void aChangedFrameworkRendersThePlansAlignedWithIt() throws IOException {
        edit(src.resolve("cascade/obec-2568.framework.yaml"), "title: ", "title: ฉบับใหม่ ");
        Run again = build(out, "1.0");
        assertThat(again.rendered()).containsExactly("spp-example-1"); // the only plan that aligns with obec-2568
        assertThat(again.recalled).isEqualTo(FILES - 1);
        assertSameAsCleanBuild("1.0");
    }

    @Test
    void aChangedProjectFileRendersThePlansItGoverns() throws IOException {
        edit(src.resolve("other/plan.config.yaml"), "thai-digits: false", "thai-digits: true");
        Run again = build(out, "1.0");
        assertThat(again.rendered()).containsExactly("minimal");
        assertThat(again.recalled).as("a plan's own check does not depend on the project file").isEqualTo(FILES);
        assertSameAsCleanBuild("1.0");
    }

    @Test
    void aChangedTemplateRendersThePlansThatUseIt() throws IOException {
        edit(src.resolve("other/tpl/plan.md.ftl"), "<#", "<#-- changed -->\n<#");
        Run again = build(out, "1.0");
        assertThat(again.rendered()).containsExactly("minimal");
        assertSameAsCleanBuild("1.0");
    }

    @Test
    void aChangedLogoRendersThePlanThatShowsIt() throws IOException {
        // Written in flow style: the key finds the logo in what the check kept, however it is written.
        writeLogo(src.resolve("other/logo.png"), java.awt.Color.BLUE);
        edit(src.resolve("other/minimal.plan.yaml"), "organization:\n  name: โรงเรียนบ้านตัวอย่าง\n",
                "organization: {name: โรงเรียนบ้านตัวอย่าง, logo: logo.png}\n");
        assertThat(build(out, "1.0").rendered()).containsExactly("minimal");
        assertThat(build(out, "1.0").rendered()).as("nothing changed since").isEmpty();
        writeLogo(src.resolve("other/logo.png"), java.awt.Color.RED);
        Run again = build(out, "1.0");
        assertThat(again.rendered()).containsExactly("minimal");
        assertThat(again.recalled).as("the plan file itself did not change").isEqualTo(FILES);
        assertSameAsCleanBuild("1.0");
    }

    @Test
    void aLogoBrokenSinceTheLastBuildIsFoundThoughThePlanIsUnchanged() throws IOException {
        writeLogo(src.resolve("other/logo.png"), java.awt.Color.BLUE);
        edit(src.resolve("other/minimal.plan.yaml"), "  name: โรงเรียนบ้านตัวอย่าง\n",
                "  name: โรงเรียนบ้านตัวอย่าง\n  logo: logo.png\n");
        build(out, "1.0");
        Files.writeString(src.resolve("other/logo.png"), "not a picture");
        assertThat(checkAgain()).as("the plan's remembered check read the old logo")
                .anyMatch(d -> d.rule().equals(plan.diag.Rule.FILE_REF.id()) && d.file().endsWith("minimal.plan.yaml"));
        Files.delete(src.resolve("other/logo.png"));
        assertThat(checkAgain()).anyMatch(d -> d.rule().equals(plan.diag.Rule.FILE_REF.id()));
        writeLogo(src.resolve("other/logo.png"), java.awt.Color.RED);
        assertThat(checkAgain()).noneMatch(d -> d.rule().equals(plan.diag.Rule.FILE_REF.id()));
    }

    /** The findings of a check of the sources with the cache of the builds into {@code out}, as the next build's. */
    private List<plan.diag.Diagnostic> checkAgain() {
        CheckCache cache = CheckCache.in(BuildState.of(out).resolve(CheckCache.FOLDER), "test 1.0");
        List<plan.diag.Diagnostic> found = BuildChecker.of(Limits.DEFAULT, cache).checkAll(find()).diagnostics();
        cache.save();
        return found;
    }

    private static void writeLogo(Path file, java.awt.Color color) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 8, 8);
        g.dispose();
        javax.imageio.ImageIO.write(image, "png", file.toFile());
    }

    @Test
    void anotherToolRendersAndChecksEverythingAgain() throws IOException {
        Run again = build(out, "1.1");
        assertThat(again.rendered()).isEqualTo(ALL);
        assertThat(again.recalled).isZero();
        assertSameAsCleanBuild("1.1");
    }

    @Test
    void theCheckCacheKeepsOnlyWhatTheLastBuildUsed() throws IOException {
        Path cache = BuildState.of(out).resolve(CheckCache.FOLDER);
        assertThat(list(cache)).hasSize(FILES);
        assertThat(Files.readAllLines(cache.resolve(CheckCache.INDEX))).as("every file's look and hash")
                .hasSize(FILES + 1);
        edit(src.resolve("cascade/school-ban-khok.plan.yaml"), "โรงเรียนคุณภาพ", "โรงเรียนคุณภาพสูง");
        build(out, "1.0");
        assertThat(list(cache)).as("the old result of the edited plan is gone").hasSize(FILES);
    }

    @Test
    void theHeadsOfUnchangedFilesAreReadFromOnePack() throws IOException {
        Path cache = BuildState.of(out).resolve(CheckCache.FOLDER);
        assertThat(cache.resolve(CheckCache.HEADS)).as("the heads the first build used").isRegularFile();
        // Only the pack left of the remembered results: still every file's check is recalled, none
        // made afresh, and the models the render keys need are made again from the files.
        for (Path result : list(cache)) {
            Files.delete(result);
        }
        Run again = build(out, "1.0");
        assertThat(again.rendered()).isEmpty();
        assertThat(again.recalled).as("every file's check recalled from the pack").isEqualTo(FILES);
        assertSameAsCleanBuild("1.0");
    }

    @Test
    void aDamagedPackOfHeadsOnlyMakesTheHeadsBeReadFromTheResults() throws IOException {
        Path pack = BuildState.of(out).resolve(CheckCache.FOLDER).resolve(CheckCache.HEADS);
        byte[] bytes = Files.readAllBytes(pack);
        Files.write(pack, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Run again = build(out, "1.0");
        assertThat(again.rendered()).isEmpty();
        assertThat(again.recalled).isEqualTo(FILES);
        assertThat(Files.readAllBytes(pack)).as("written whole again").isEqualTo(bytes);
        assertSameAsCleanBuild("1.0");
    }

    /** Which plans a build rendered, how many check results it recalled and how many of those it read whole. */
    record Run(Set<String> rendered, int recalled, int readWhole) {
    }

    private Run build(Path into, String version) throws IOException {
        return build(into, version, EnumSet.of(OutputFormat.MD, OutputFormat.HTML), true);
    }

    /** A build as {@code plan build} makes it, the renderer readied while checking when {@code warm}. */
    private Run build(Path into, String version, Set<OutputFormat> formats, boolean warm) throws IOException {
        CheckCache cache = CheckCache.in(BuildState.of(into).resolve(CheckCache.FOLDER), "test " + version);
        BuildOptions options = new BuildOptions(into, formats, null, false, null, false);
        List<PlanFile> files = find();
        PlanChecker checker = BuildChecker.of(Limits.DEFAULT, cache);
        WarmUp ready = warm ? WarmUp.start(options, files, checker, version) : WarmUp.cold(options, version);
        BuildResult result = TestBuilds.run(files, checker, cache, options, ready, version);
        return new Run(TestBuilds.rendered(result), cache.recalled(), cache.readWhole());
    }

    private List<PlanFile> find() {
        return TestBuilds.find(src);
    }

    private void assertSameAsCleanBuild(String version) throws IOException {
        Path clean = dir.resolve("clean");
        build(clean, version);
        SiteDocuments.assertSame(SiteDocuments.of(out), SiteDocuments.of(clean));
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    /** The results in a check cache folder (named by their 64-digit keys). */
    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().length() == 64).toList();
        }
    }

    private static void copyAll(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
