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

    /** Copies the files of {@code folder} into a new folder of the test's. */
    private Path copy(Path folder) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
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
