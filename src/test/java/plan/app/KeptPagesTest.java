package plan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;
import plan.testing.SiteLinks;

/**
 * What an incremental build keeps of the documents of a plan or results file that now has errors
 * (they stay as they were), and that no page left in the output folder links a file the same
 * build removed: every step is built through the command line, and every link of every page is
 * checked after it.
 */
class KeptPagesTest {
    @TempDir
    Path dir;

    @Test
    void anOfficePlanWithAnErrorKeepsItsRollupBesideItsPage() throws IOException {
        Path src = copy(Path.of("examples/area-office"));
        Path out = dir.resolve("site");
        build(out, "md,html", 0, src);
        assertThat(out.resolve("spp-area-example.rollup.html")).isRegularFile();
        Path office = src.resolve("spp-area-example.plan.yaml");
        String before = Files.readString(office);
        Files.writeString(office, before.replaceFirst("(?m)^vision: .*$", "vision: \"\""));

        build(out, "md,html", 1, src);
        for (String name : List.of("spp-area-example.html", "spp-area-example.md", "spp-area-example.rollup.html",
                "spp-area-example.rollup.md")) {
            assertThat(out.resolve(name)).as(name).isRegularFile();
        }
        assertThat(Files.readString(out.resolve("spp-area-example.html"))).contains("spp-area-example.rollup.html");
        SiteLinks.assertEveryLinkResolves(out);

        // Put right, the office is built again, and so is its roll-up.
        Files.writeString(office, before);
        build(out, "md,html", 0, src);
        assertThat(out.resolve("spp-area-example.rollup.html")).isRegularFile();
        SiteLinks.assertEveryLinkResolves(out);
    }

    @Test
    void aReportWithAnErrorKeepsThePreviousReportItLinksWhileItIsKept() throws IOException {
        Path src = copy(Path.of("examples/action-plan.plan.yaml"), Path.of("examples/action-plan-q2.results.yaml"),
                Path.of("examples/action-plan-year-end.results.yaml"));
        Path out = dir.resolve("site");
        build(out, "md,html", 0, src);
        SiteLinks.assertEveryLinkResolves(out);
        Path yearEnd = src.resolve("action-plan-year-end.results.yaml");
        String before = Files.readString(yearEnd);
        // The year-end report gets an error (spent over its budget), and the report before it is deleted.
        Files.writeString(yearEnd, before.replace("spent: 24600", "spent: 24600000"));
        Files.delete(src.resolve("action-plan-q2.results.yaml"));

        build(out, "md,html", 1, src);
        assertThat(Files.readString(out.resolve("action-plan-year-end.html"))).contains("href=\"action-plan-q2.html\"");
        // The page kept as it was links the previous report: it stays, with its own documents, while it does.
        assertThat(out.resolve("action-plan-q2.html")).isRegularFile();
        assertThat(out.resolve("action-plan-q2.md")).isRegularFile();
        SiteLinks.assertEveryLinkResolves(out);
        // Nothing changed: still so.
        build(out, "md,html", 1, src);
        assertThat(out.resolve("action-plan-q2.html")).isRegularFile();
        SiteLinks.assertEveryLinkResolves(out);

        // Put right, the year-end report is made again without the link, and the deleted file's report goes.
        Files.writeString(yearEnd, before);
        build(out, "md,html", 0, src);
        assertThat(Files.readString(out.resolve("action-plan-year-end.html"))).doesNotContain("action-plan-q2.html");
        assertThat(out.resolve("action-plan-q2.html")).doesNotExist();
        assertThat(out.resolve("action-plan-q2.md")).doesNotExist();
        SiteLinks.assertEveryLinkResolves(out);
    }

    @Test
    void aBuildThatNoLongerMakesPagesLeavesNoneOfTheSitesFilesButAUsersOwn() throws IOException {
        Path src = copy(Path.of("examples/action-plan.plan.yaml"), Path.of("examples/action-plan-q2.results.yaml"),
                Path.of("examples/action-plan-year-end.results.yaml"));
        Path out = dir.resolve("site");
        build(out, "html,pdf", 0, src);
        Files.writeString(out.resolve("README.txt"), "a user's own file");
        Files.writeString(out.resolve("assets/extra.css"), "/* a user's own */");

        build(out, "pdf", 0, src);
        SiteLinks.assertEveryLinkResolves(out);
        assertThat(out.resolve("index.html")).doesNotExist();
        assertThat(out.resolve("assets/plan.css")).doesNotExist();
        assertThat(out.resolve("README.txt")).isRegularFile();
        assertThat(out.resolve("assets/extra.css")).isRegularFile();
        // As a build of PDFs alone into a new folder leaves it, but for the user's own files.
        Path fresh = dir.resolve("fresh");
        build(fresh, "pdf", 0, src);
        assertThat(names(out)).containsExactlyInAnyOrderElementsOf(
                Stream.concat(names(fresh).stream(), Stream.of("README.txt", "assets/extra.css")).toList());

        // Pages again: the site is whole.
        build(out, "html,pdf", 0, src);
        assertThat(out.resolve("index.html")).isRegularFile();
        SiteLinks.assertEveryLinkResolves(out);
    }

    @Test
    void aPlanWithAnErrorKeepsWhatItsPageLinksOfAFormatNoLongerMadeAndLosesItsPagesWithThePages() throws IOException {
        Path src = copy(Path.of("examples/action-plan.plan.yaml"), Path.of("examples/action-plan-q2.results.yaml"),
                Path.of("examples/action-plan-year-end.results.yaml"), Path.of("examples/minimal.plan.yaml"));
        Path out = dir.resolve("site");
        build(out, "html,pdf", 0, src);
        Path plan = src.resolve("action-plan.plan.yaml");
        Files.writeString(plan, Files.readString(plan).replaceFirst("(?m)^vision: .*$", "vision: \"\""));

        // Without PDFs: the other plan's goes; the kept page of the plan with errors links its own
        // PDF and its reports': they stay with it.
        build(out, "html", 1, src);
        assertThat(out.resolve("minimal.pdf")).doesNotExist();
        assertThat(out.resolve("action-plan.html")).isRegularFile();
        assertThat(out.resolve("action-plan.pdf")).isRegularFile();
        assertThat(out.resolve("action-plan-q2.pdf")).isRegularFile();
        SiteLinks.assertEveryLinkResolves(out);

        // Without pages: no page is left, kept or not, nor the index and assets they would link.
        build(out, "pdf", 1, src);
        assertThat(names(out)).noneMatch(n -> n.endsWith(".html")).noneMatch(n -> n.startsWith("assets/"));
        assertThat(out.resolve("action-plan.pdf")).isRegularFile();
        assertThat(out.resolve("minimal.pdf")).isRegularFile();
        SiteLinks.assertEveryLinkResolves(out);
    }

    /** The files under {@code out}, by name relative to it. */
    private static List<String> names(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/')).toList();
        }
    }

    /** Copies {@code files} (the files of a folder, for a folder) into a new folder of the test's. */
    private Path copy(Path... files) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        for (Path given : files) {
            List<Path> each;
            if (Files.isDirectory(given)) {
                try (Stream<Path> list = Files.list(given)) {
                    each = list.toList();
                }
            } else {
                each = List.of(given);
            }
            for (Path f : each) {
                Files.copy(f, src.resolve(f.getFileName()));
            }
        }
        return src;
    }

    /** Builds {@code paths} into {@code out} in {@code formats}, ending with {@code exit}. */
    private static void build(Path out, String formats, int exit, Path... paths) {
        List<String> args = new ArrayList<>(List.of("build", "--format", formats, "--out", out.toString()));
        for (Path p : paths) {
            args.add(p.toString());
        }
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(exit);
    }
}
