package plan.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;
import plan.testing.SiteDocuments;

/**
 * {@code plan build --shard K/N} and {@code plan merge}: four shards merged are the site one
 * build makes, byte for byte, each plan rendered by exactly one shard; shards that do not fit
 * together are refused before anything is written.
 */
@Tag("ci") // five separate runs of plan, each rendering PDFs from a cold start
class ShardsTest {
    /**
     * The seed plans and every example, by folder, so that plans added there (action plans,
     * cascades, frameworks) join the corpus; the broken example has errors and no shard renders it.
     */
    private static final List<String> CORPUS = List.of("plans", "examples", "frameworks");
    private static final String EPOCH = "1700000000"; // 2023-11-14 22:13:20 UTC

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static Path single;
    private static List<Path> shards;
    private static List<Run> shardRuns;
    private static Path merged;

    /** The plans one build rendered, by id. */
    private static List<String> renderedIds() throws IOException {
        return SiteDocuments.of(single).keySet().stream().filter(n -> n.endsWith(".md")).map(n -> n.replace(".md", "")).sorted().toList();
    }

    /** One build and four shards, as separate runs of plan with SOURCE_DATE_EPOCH set, as CI runs them. */
    @BeforeAll
    static void buildOnceAndInShards() throws Exception {
        Path launcher = TestLauncher.write(shared);
        single = shared.resolve("single");
        assertThat(plan(launcher, "build", "--out", single.toString()).exit()).isEqualTo(1); // the broken example
        shards = new ArrayList<>();
        shardRuns = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            Path shard = shared.resolve("shard-" + k);
            shardRuns.add(plan(launcher, "build", "--shard", k + "/4", "--lang", "en", "--out", shard.toString()));
            shards.add(shard);
        }
        merged = shared.resolve("merged");
        List<String> merge = new ArrayList<>(List.of("merge", merged.toString()));
        shards.forEach(s -> merge.add(s.toString()));
        Run r = run(launcher, merge);
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("merged 4 shard(s), " + renderedIds().size() + " plan(s)");
    }

    @Test
    void fourShardsMergedAreOneBuildByteForByte() throws IOException {
        Map<String, byte[]> one = SiteDocuments.of(single);
        Map<String, byte[]> joined = SiteDocuments.of(merged);
        assertThat(joined.keySet()).containsExactlyElementsOf(one.keySet());
        for (String name : one.keySet()) {
            assertThat(joined.get(name)).as(name).isEqualTo(one.get(name));
        }
        assertThat(one).containsKeys("index.html", "assets/plan.css", "minimal.pdf", "full-example.html");
        // The runs saw SOURCE_DATE_EPOCH: the PDFs carry its date.
        // The date is in the XMP metadata (PDF/A-4 has no document information dictionary).
        assertThat(new String(joined.get("minimal.pdf"), StandardCharsets.UTF_8)).contains("<xmp:CreateDate>2023-11-14T22:13:20Z<");
    }

    @Test
    void everyPlanIsRenderedByExactlyOneShard() throws IOException {
        Map<String, Integer> renderedBy = new HashMap<>();
        for (Path shard : shards) {
            for (String line : Files.readAllLines(shard.resolve("plan-shard.txt"))) {
                if (line.startsWith("plan\t")) {
                    String id = line.split("\t")[1];
                    renderedBy.merge(id, 1, Integer::sum);
                    assertThat(shard.resolve(id + ".pdf")).isRegularFile();
                }
            }
        }
        assertThat(renderedBy.keySet()).containsExactlyInAnyOrderElementsOf(renderedIds());
        assertThat(renderedBy.values()).allMatch(n -> n == 1);
        assertThat(renderedBy).doesNotContainKey("broken").containsKeys("minimal", "full-example", "spp-sisaket-2")
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void aShardReportsTheFindingsOfItsOwnPlansOnly() {
        int reported = 0;
        int resultsReported = 0;
        for (int k = 1; k <= 4; k++) {
            Run r = shardRuns.get(k - 1);
            boolean mine = r.out().contains("examples/broken.plan.yaml:7:1: error[unknown-key]");
            // A results file's findings go with the shard of the plan they report on.
            boolean results = r.out().contains("examples/broken.results.yaml:");
            assertThat(r.exit()).as("shard " + k + ": " + r.out()).isEqualTo(mine || results ? 1 : 0);
            assertThat(r.out()).contains("(shard " + k + "/4)");
            reported += mine ? 1 : 0;
            resultsReported += results ? 1 : 0;
        }
        assertThat(reported).as("the broken plan's findings, shown by one shard").isEqualTo(1);
        assertThat(resultsReported).as("the broken results' findings, shown by one shard").isEqualTo(1);
    }

    @Test
    void missingDoubledOrForeignShardsAreRefusedAndNothingIsWritten() throws IOException {
        List<Path> s = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Path shard = temp.resolve("s" + k);
            assertThat(Cli.run(args("build", "--shard", k + "/3", "--format", "md", "--out", shard.toString())).exitCode())
                    .isIn(0, 1);
            s.add(shard);
        }
        Path out = temp.resolve("out");
        assertRefused(out, "shard 3/3 missing", s.get(0), s.get(1));
        assertRefused(out, "is given twice", s.get(0), s.get(1), s.get(2), s.get(1));

        Path copy = copyOf(s.get(0), temp.resolve("copy"));
        assertRefused(out, "are both shard 1/3", s.get(0), s.get(1), s.get(2), copy);

        Path other = temp.resolve("two");
        Cli.run(args("build", "--shard", "1/2", "--format", "md", "--out", other.toString()));
        assertRefused(out, "all shards must split the build into the same number", s.get(0), s.get(1), s.get(2), other);

        Path older = copyOf(s.get(2), temp.resolve("older"));
        Path manifest = older.resolve("plan-shard.txt");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("(?m)^tool\t[^\t]*", "tool\t0.0.9"));
        assertRefused(out, "made by different versions of plan", s.get(0), s.get(1), older);

        Path damaged = copyOf(s.get(2), temp.resolve("damaged"));
        Path doc = firstPlanDocument(damaged);
        Files.writeString(doc, Files.readString(doc) + "\nedited by hand\n");
        assertRefused(out, "is missing or not as the shard built it", s.get(0), s.get(1), damaged);

        Cli.Result notAShard = Cli.run("merge", out.toString(), temp.resolve("s1").toString(), Path.of("examples").toString());
        assertThat(notAShard.exitCode()).isEqualTo(1);
        assertThat(notAShard.err()).contains("is not the output of `plan build --shard`");
        assertThat(out).doesNotExist();

        Cli.Result ok = Cli.run("merge", out.toString(), s.get(0).toString(), s.get(1).toString(), s.get(2).toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(out.resolve("minimal.md")).isRegularFile();
        assertThat(out.resolve("plan-shard.txt")).as("the manifest is not part of the site").doesNotExist();
    }

    @Test
    void aShardIsWrittenKOverN() {
        for (String bad : List.of("0/4", "5/4", "4", "x/y")) {
            Cli.Result r = Cli.run(args("build", "--shard", bad, "--out", temp.resolve("x").toString()));
            assertThat(r.exitCode()).as(bad).isEqualTo(2);
            assertThat(r.err()).as(bad).contains("--shard");
        }
        assertThat(temp.resolve("x")).doesNotExist();
    }

    private static void assertRefused(Path out, String why, Path... shardFolders) {
        List<String> argv = new ArrayList<>(List.of("merge", out.toString()));
        for (Path p : shardFolders) {
            argv.add(p.toString());
        }
        Cli.Result r = Cli.run(argv.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(why);
        assertThat(out).as("nothing written when the shards do not fit").doesNotExist();
    }

    private static Path firstPlanDocument(Path shard) throws IOException {
        String line = Files.readAllLines(shard.resolve("plan-shard.txt")).stream()
                .filter(l -> l.startsWith("document\t") && !l.startsWith("document\t-\t")).findFirst().orElseThrow();
        return shard.resolve(line.split("\t")[2]);
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static String[] args(String... options) {
        List<String> all = new ArrayList<>(List.of(options));
        all.addAll(1, CORPUS);
        return all.toArray(String[]::new);
    }

    record Run(int exit, String out) {
    }

    private static Run plan(Path launcher, String... options) throws IOException, InterruptedException {
        return run(launcher, List.of(args(options)));
    }

    private static Run run(Path launcher, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(arguments);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SOURCE_DATE_EPOCH", EPOCH);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), out);
    }
}
