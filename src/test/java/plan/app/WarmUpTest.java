package plan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.load.Limits;
import plan.render.site.OutputFormat;
import plan.testing.SiteDocuments;

/**
 * The warm-up renders the changed plan ahead of the build, while the files are checked; the build
 * takes those documents only when they are what it would render itself, and the bytes are those
 * of a clean build either way.
 */
class WarmUpTest {
    private static final Set<OutputFormat> ALL = EnumSet.allOf(OutputFormat.class);

    @TempDir
    Path dir;

    /** Two plans under a project file that asks for Thai digits and names a word of its own. */
    private Path plainSources() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.copy(Path.of("examples/minimal.plan.yaml"), src.resolve("minimal.plan.yaml"));
        Files.copy(Path.of("plans/spp-sisaket-2.plan.yaml"), src.resolve("spp-sisaket-2.plan.yaml"));
        Files.writeString(src.resolve("plan.config.yaml"), "thai-digits: true\nwords: [ตัวอย่าง]\n");
        settle(src);
        return src;
    }

    @Test
    void theChangedPlanRenderedAheadIsTakenAndTheBytesAreThoseOfACleanBuild() throws IOException {
        Path src = plainSources();
        Path site = dir.resolve("site");
        build(src, site, false, null);
        edit(src.resolve("minimal.plan.yaml"), "title: แผนพัฒนาการศึกษา", "title: แผนพัฒนาคุณภาพการศึกษา");
        Run again = build(src, site, true, null);
        assertThat(again.rendered()).containsExactly("minimal");
        assertThat(again.taken()).as("the documents rendered ahead were taken").isTrue();
        assertSameAsCleanBuild(src, site);
    }

    @Test
    void documentsRenderedFromBytesSinceChangedAreNotTaken() throws IOException {
        Path src = plainSources();
        Path site = dir.resolve("site");
        build(src, site, false, null);
        Path plan = src.resolve("minimal.plan.yaml");
        edit(plan, "title: แผนพัฒนาการศึกษา", "title: แผนพัฒนาคุณภาพการศึกษา");
        // Saved again after the warm-up rendered it and before the check read it.
        Run again = build(src, site, true, () -> edit(plan, "คุณภาพ", "คุณภาพสูง"));
        assertThat(again.rendered()).containsExactly("minimal");
        assertThat(again.taken()).isFalse();
        assertThat(Files.readString(site.resolve("minimal.md"))).contains("คุณภาพสูง");
        assertSameAsCleanBuild(src, site);
    }

    @Test
    void documentsRenderedAheadAreNotTakenWhereFilesCascade() throws IOException {
        Path src = dir.resolve("src");
        copyAll(Path.of("examples/cascade"), src);
        copyAll(Path.of("frameworks"), src);
        settle(src);
        Path site = dir.resolve("site");
        build(src, site, false, null);
        edit(src.resolve("school-ban-nong-khu.plan.yaml"), "title: ", "title: ฉบับใหม่ ");
        Run again = build(src, site, true, null);
        // Its documents link its parent, which lists it: rendered with the cascade, not ahead without it.
        assertThat(again.rendered()).containsExactlyInAnyOrder("school-ban-nong-khu", "spp-example-1");
        assertThat(again.taken()).isFalse();
        assertSameAsCleanBuild(src, site);
    }

    @Test
    void nothingIsReadiedWhenNothingChanged() throws IOException {
        Path src = plainSources();
        Path site = dir.resolve("site");
        build(src, site, false, null);
        Run again = build(src, site, true, null);
        assertThat(again.rendered()).isEmpty();
        assertThat(again.readied()).isFalse();
    }

    /** What a build rendered (by plan id), whether it readied its renderer ahead and took what that rendered. */
    record Run(Set<String> rendered, boolean readied, boolean taken) {
    }

    /** Something done to the sources after the warm-up is over and before the check. */
    @FunctionalInterface
    interface Between {
        void run() throws IOException;
    }

    /** A build as {@code plan build} makes it, the renderer readied ahead when {@code warm}. */
    private Run build(Path src, Path into, boolean warm, Between between) throws IOException {
        CheckCache cache = CheckCache.in(into.resolve(".plan-cache/.check"), "test 1.0");
        BuildOptions options = new BuildOptions(into, ALL, null, false, null, false);
        List<PlanFile> files;
        try {
            files = PlanFiles.find(List.of(src.toString()));
        } catch (UsageException e) {
            throw new AssertionError(e);
        }
        PlanChecker checker = PlanChecker.forBuild(Limits.DEFAULT, cache);
        WarmUp ready = warm ? WarmUp.start(options, files, checker, "1.0") : WarmUp.cold(options, "1.0");
        boolean readied = warm && ready.readied();
        if (between != null) {
            between.run();
        }
        CheckReport report = checker.checkAll(files);
        assertThat(report.hasErrors()).as(report.diagnostics().toString()).isFalse();
        BuildResult result;
        try {
            result = Build.run(report, options, ready, "1.0", n -> { });
        } catch (BuildFailure e) {
            throw new AssertionError(e);
        }
        cache.keepOnlyUsed();
        cache.save();
        Set<String> rendered = new TreeSet<>();
        for (String name : result.written()) {
            if (!name.contains("/") && name.endsWith(".md")) {
                rendered.add(name.substring(0, name.length() - 3));
            }
        }
        return new Run(rendered, readied, ready.taken());
    }

    private void assertSameAsCleanBuild(Path src, Path site) throws IOException {
        Path clean = dir.resolve("clean");
        build(src, clean, false, null);
        SiteDocuments.assertSame(SiteDocuments.of(site), SiteDocuments.of(clean));
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    /** Written a minute ago: settled files, which the check cache trusts by their look alone. */
    private static void settle(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
            }
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
