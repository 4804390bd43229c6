package plan.app.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import plan.app.Build;
import plan.app.BuildOptions;
import plan.app.BuildResult;
import plan.app.check.CheckReport;
import plan.app.check.PlanChecker;
import plan.app.check.PlanFiles;
import plan.load.Limits;
import plan.render.site.OutputFormat;
import plan.render.site.SiteRenderer;
import plan.testing.Cli;
import plan.testing.ExternalTool;
import plan.testing.SiteDocuments;

/**
 * What an unlucky or hostile user can do to the output folder: a publish cut short, links
 * planted in it. A later build must never skip work it should do, nor write outside the folder.
 */
class PublishSafetyTest {
    private static final String TOOL = "test";
    private static final List<String> PLANS = List.of("plans/spp-sisaket-2.plan.yaml", "examples/minimal.plan.yaml");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "stopped after {0} renames")
    @ValueSource(ints = {1, 2, 4})
    void aPublishStoppedHalfWayNeverMakesALaterBuildSkipWork(int renames) throws Exception {
        CheckReport report = new PlanChecker(Limits.DEFAULT).checkAll(PlanFiles.find(PLANS));
        Path out = dir.resolve("site");
        BuildOptions arabic = options(out, false);
        BuildOptions thai = options(out, true);
        Build.run(report, arabic, TOOL, done -> { });
        Map<String, byte[]> clean = SiteDocuments.of(out);

        // A build with Thai digits dies after some renames (kill -9, a file that cannot be replaced).
        AtomicInteger moves = new AtomicInteger();
        FolderPublisher.Mover dying = (staged, target) -> {
            if (moves.incrementAndGet() > renames) {
                throw new IOException("stopped half-way");
            }
            FolderPublisher.RENAME.move(staged, target);
        };
        try (FolderPublisher publisher = FolderPublisher.open(out, dying)) {
            assertThatThrownBy(() -> Build.run(report, thai, new SiteRenderer(null, TOOL), publisher, TOOL, d -> { }))
                    .isInstanceOfSatisfying(RefusedDocument.class, e -> {
                        // Named as the document in the output folder, never by its staged copy.
                        assertThat(out.resolve(e.name())).exists();
                        assertThat(e.name()).doesNotContain("staging").doesNotStartWith("/");
                        assertThat(new plan.diag.Messages(java.util.Locale.ENGLISH).format(e.message("site")))
                                .isEqualTo("cannot put " + e.name() + " in place in site: stopped half-way"
                                        + " (the documents before it are in place)");
                    })
                    .hasRootCauseMessage("stopped half-way");
        }
        Map<String, byte[]> mixed = SiteDocuments.of(out);
        assertThat(changed(clean, mixed)).as("some documents of the dead build are in place").hasSize(renames);

        // The next build, as before the dead one, puts every document of its own back.
        BuildResult again = Build.run(report, arabic, TOOL, done -> { });
        assertThat(again.rendered()).isPositive();
        assertThat(changed(clean, SiteDocuments.of(out))).isEmpty();
        // A build as the dead one was renders all: nothing of it was recorded.
        assertThat(Build.run(report, thai, TOOL, done -> { }).rendered()).isEqualTo(2);
    }

    @Test
    void recordsArePublishedAfterTheirDocuments() throws Exception {
        CheckReport report = new PlanChecker(Limits.DEFAULT).checkAll(PlanFiles.find(PLANS));
        List<String> order = new java.util.ArrayList<>();
        Path out = dir.resolve("site");
        try (FolderPublisher publisher = FolderPublisher.open(out, (staged, target) -> {
            // The records go to the state folder, outside the output (see BuildState).
            order.add(target.startsWith(out) ? out.relativize(target).toString() : "STATE/" + target.getFileName());
            FolderPublisher.RENAME.move(staged, target);
        })) {
            Build.run(report, options(out, false), new SiteRenderer(null, TOOL), publisher, TOOL, d -> { });
        }
        int firstRecord = order.indexOf(order.stream().filter(n -> n.startsWith("STATE/")).findFirst().orElseThrow());
        assertThat(order.subList(firstRecord, order.size())).allMatch(n -> n.startsWith("STATE/"));
        assertThat(order.indexOf("index.html")).isLessThan(firstRecord).isGreaterThan(order.indexOf("minimal.md"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"assets", ".plan-cache", ".plan.lock", "minimal.md", "minimal.html"})
    void aLinkInTheOutputFolderIsReplacedNeverFollowed(String name) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("minimal.md"), "victim");
        Files.writeString(outside.resolve("minimal.html"), "victim");
        Map<String, byte[]> before = SiteDocuments.of(outside);
        Path out = Files.createDirectories(dir.resolve("site"));
        boolean folder = name.equals("assets") || name.equals(".plan-cache");
        Path target = folder ? outside : name.equals(".plan.lock") ? outside.resolve("lock") : outside.resolve(name);
        Files.createSymbolicLink(out.resolve(name), target);

        Cli.Result r = Cli.run("build", "examples/minimal.plan.yaml", "--out", out.toString(), "--format", "md,html");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(SiteDocuments.of(outside)).as("nothing written outside --out").containsOnlyKeys(before.keySet());
        before.forEach((n, bytes) -> assertThat(Files.exists(outside.resolve(n))).isTrue());
        assertThat(Files.readString(outside.resolve("minimal.md"))).isEqualTo("victim");
        assertThat(Files.readString(outside.resolve("minimal.html"))).isEqualTo("victim");
        assertThat(Files.isSymbolicLink(out.resolve(name))).as("the link is gone").isFalse();
        // An earlier version's state (.plan-cache, .plan.lock) is removed, the documents made again.
        assertThat(Files.exists(out.resolve(name), LinkOption.NOFOLLOW_LINKS)).isEqualTo(!name.startsWith(".plan"));
    }

    @Test
    void aDocumentReplacedByALinkToItsOwnBytesIsNotUpToDate() throws IOException {
        Path out = dir.resolve("site");
        Cli.run("build", "examples/minimal.plan.yaml", "--out", out.toString(), "--format", "md");
        Path copy = dir.resolve("elsewhere.md");
        Files.move(out.resolve("minimal.md"), copy);
        Files.createSymbolicLink(out.resolve("minimal.md"), copy);

        Cli.Result r = Cli.run("build", "examples/minimal.plan.yaml", "--out", out.toString(), "--format", "md");
        assertThat(r.err()).contains("rendered 1 plan(s)");
        assertThat(Files.isSymbolicLink(out.resolve("minimal.md"))).isFalse();
        assertThat(Files.readAllBytes(out.resolve("minimal.md"))).isEqualTo(Files.readAllBytes(copy));
    }

    @Test
    void aDanglingLinkAsOutputFolderIsAClearUsageError() throws IOException {
        Path out = dir.resolve("site");
        Files.createSymbolicLink(out, dir.resolve("nowhere"));
        Cli.Result r = Cli.run("build", "examples/minimal.plan.yaml", "--out", out.toString(), "--format", "md");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("is a symbolic link to " + dir.resolve("nowhere") + ", which does not exist")
                .doesNotContain("FileAlreadyExists");
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }

    @Tag("slow") // a new JVM under ulimit
    @Test
    void aWriteTheSystemRefusesExitsTwoAndKeepsThePreviousSite() throws IOException {
        Path out = dir.resolve("site");
        assertThat(Cli.run("build", "plans", "--out", out.toString(), "--format", "md,html").exitCode()).isZero();
        Map<String, byte[]> before = SiteDocuments.of(out);
        // Files may not grow past 60 KiB: the fonts of assets/ are larger, as on a full disk.
        ExternalTool.Result r = Cli.inNewJvm(List.of("bash", "-c", "ulimit -f 60; exec \"$@\"", "bash"),
                "build", "plans", "--out", out.toString(), "--format", "md,html", "--force");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("plan: cannot write to " + out + ": File too large").doesNotContain("\tat ");
        assertThat(SiteDocuments.of(out)).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(readOrNull(out.resolve(name))).as(name).isEqualTo(bytes));
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".plan-staging"));
        }
    }

    private static byte[] readOrNull(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static BuildOptions options(Path out, boolean thaiDigits) {
        return new BuildOptions(out, EnumSet.of(OutputFormat.MD, OutputFormat.HTML), null, thaiDigits, null, false);
    }

    private static List<String> changed(Map<String, byte[]> before, Map<String, byte[]> after) {
        return before.keySet().stream().filter(n -> !java.util.Arrays.equals(before.get(n), after.get(n))).toList();
    }
}
