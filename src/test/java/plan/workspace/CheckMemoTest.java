package plan.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import plan.cache.CheckMemo;
import plan.format.Format;
import plan.load.Limits;
import plan.model.Span;
import plan.model.Value;
import plan.testing.Plans;

/**
 * A file's remembered result stands in for checking it: over every example, real plan, rule
 * sample and conformance file, a workspace that recalls results reports exactly what one that
 * checks everything reports (findings, positions, trees with their positions, texts); and any
 * change to the bytes, the name or the tool misses.
 */
class CheckMemoTest {
    /** A memo in memory that counts what it was asked. */
    static final class Memory implements CheckMemo {
        final Map<String, byte[]> results = new ConcurrentHashMap<>();
        /** The results recalled, each counted once (a model made again recalls its result again). */
        final java.util.Set<String> recalled = ConcurrentHashMap.newKeySet();
        final AtomicInteger hits = new AtomicInteger();
        /** At most how many bytes {@link #recallStart} gives: fewer than a head makes the workspace read the whole. */
        final int startLimit;

        Memory() {
            this(Integer.MAX_VALUE);
        }

        Memory(int startLimit) {
            this.startLimit = startLimit;
        }

        @Override
        public byte[] recallStart(String key, int length) {
            byte[] b = recall(key);
            return b == null ? null : java.util.Arrays.copyOf(b, Math.min(b.length, Math.min(length, startLimit)));
        }

        @Override
        public byte[] recall(String key) {
            byte[] b = results.get(key);
            if (b != null && recalled.add(key)) {
                hits.incrementAndGet();
            }
            return b;
        }

        @Override
        public boolean remember(String key, byte[] result) {
            results.put(key, result);
            return true;
        }
    }

    private static List<Input> corpus() throws IOException {
        try (Stream<Path> files = Stream.of("examples", "plans", "src/test/resources/rules",
                "src/test/resources/conformance").map(Path::of).flatMap(CheckMemoTest::walk)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .filter(f -> !f.getFileName().toString().equals("plan.config.yaml"))
                    .sorted().map(f -> Input.ofFile(f, f.toString())).toList();
        }
    }

    private static Stream<Path> walk(Path p) {
        try {
            return Files.walk(p).filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Workspace workspace(CheckMemo memo, String identity) {
        return new Workspace(Limits.DEFAULT, Format.STANDARD, Policy.AS_FOUND, Locator.NONE, memo, identity);
    }

    /** With the first bytes of each result read as a run reads them, and with too few for any head. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {Integer.MAX_VALUE, 16})
    void aRecalledResultIsTheResultOfCheckingTheFile(int startLimit) throws IOException {
        List<Input> inputs = corpus();
        assertThat(inputs).hasSizeGreaterThan(50);
        List<FileReport> fresh = new Workspace(Limits.DEFAULT).checkAll(inputs);
        Memory memo = new Memory(startLimit);
        List<FileReport> first = workspace(memo, "tool 1").checkAll(inputs);
        long bound = fresh.stream().filter(r -> r.plan() != null || r.framework() != null).count();
        assertThat(memo.results).as("every file that was read and bound is remembered").hasSize((int) bound);
        assertThat(memo.hits).hasValue(0);

        List<FileReport> recalled = workspace(memo, "tool 1").checkAll(inputs);
        assertThat(memo.hits).as("each remembered file recalled, none checked again").hasValue((int) bound);
        List<FileReport> remade = workspace(memo, "tool 1").checkAll(inputs);
        // As if the collector took every text and model: each is made again from the memo.
        remade.forEach(r -> r.held().forget());
        for (List<FileReport> run : List.of(first, recalled, remade)) {
            assertThat(run).hasSameSizeAs(fresh);
            for (int i = 0; i < fresh.size(); i++) {
                FileReport want = fresh.get(i);
                FileReport got = run.get(i);
                assertThat(got.path()).isEqualTo(want.path());
                assertThat(got.diagnostics()).as(want.path()).isEqualTo(want.diagnostics());
                assertThat(got.facts()).as(want.path()).isEqualTo(want.facts());
                assertThat(got.source()).as(want.path()).isEqualTo(want.source());
                // What a printer is given for the findings shows the same lines as the whole text.
                plan.diag.Source shown = got.held().sourceFor(got.diagnostics().stream().map(d -> d.line()).toList());
                for (plan.diag.Diagnostic d : want.diagnostics()) {
                    assertThat(shown.line(d.line())).as(want.path() + ":" + d.line()).isEqualTo(want.source().line(d.line()));
                }
                assertThat(got.plan()).as(want.path()).isEqualTo(want.plan());
                assertThat(got.framework()).as(want.path()).isEqualTo(want.framework());
                // Equality is by meaning; the positions printed in findings and hints must be the same too.
                if (want.plan() != null) {
                    assertThat(positions(got.plan().tree())).as(want.path()).isEqualTo(positions(want.plan().tree()));
                    assertThat(got.plan().file()).isEqualTo(want.plan().file());
                    assertThat(got.plan().id().span()).isEqualTo(want.plan().id().span());
                }
                if (want.framework() != null) {
                    assertThat(positions(got.framework().tree())).isEqualTo(positions(want.framework().tree()));
                }
            }
        }
    }

    @Test
    void aPlansDigitsAreKeptWithItsResultAndRecalledWithoutTheModel() {
        byte[] plan = (Plans.BASE + "digits: thai\n").getBytes(StandardCharsets.UTF_8);
        Memory memo = new Memory();
        FileReport first = new Workspace(Limits.DEFAULT, Format.STANDARD, Policy.AS_FOUND, Locator.NONE, memo, "t")
                .checkAll(List.of(Input.ofFile(write(plan), "x.plan.yaml"))).get(0);
        assertThat(first.facts().digits()).isEqualTo("thai");
        assertThat(first.contentHash()).hasSize(64);

        FileReport again = new Workspace(Limits.DEFAULT, Format.STANDARD, Policy.AS_FOUND, Locator.NONE, memo, "t")
                .checkAll(List.of(Input.ofFile(write(plan), "x.plan.yaml"))).get(0);
        assertThat(memo.hits).hasValue(1);
        assertThat(again.facts()).isEqualTo(first.facts());
        assertThat(again.facts().digits()).as("recalled, not read from a model").isEqualTo("thai");
        assertThat(again.contentHash()).isEqualTo(first.contentHash());
    }

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    private Path write(byte[] bytes) {
        try {
            return Files.write(dir.resolve("x.plan.yaml"), bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anyChangeToTheBytesTheNameOrTheToolMisses() {
        byte[] plan = Plans.BASE.getBytes(StandardCharsets.UTF_8);
        Memory memo = new Memory();
        workspace(memo, "tool 1").checkAll(List.of(Input.ofBytes(plan, "a/x.plan.yaml")));
        assertThat(memo.results).hasSize(1);

        byte[] edited = Plans.BASE.replace("goals: [G1]", "goals: [G9]").getBytes(StandardCharsets.UTF_8);
        FileReport changed = workspace(memo, "tool 1").check(edited, "a/x.plan.yaml");
        assertThat(memo.hits).hasValue(0);
        assertThat(changed.diagnostics()).extracting(d -> d.rule()).contains("unresolved-ref");

        workspace(memo, "tool 1").check(plan, "b/x.plan.yaml");
        workspace(memo, "tool 2").check(plan, "a/x.plan.yaml");
        assertThat(memo.hits).as("another path, another tool: checked again").hasValue(0);
        workspace(memo, "tool 1").check(plan, "a/x.plan.yaml");
        assertThat(memo.hits).hasValue(1);
    }

    @Test
    void aDamagedResultIsCheckedAgain() {
        byte[] bytes = Plans.BASE.replace("goals: [G1]", "goals: [G9]").getBytes(StandardCharsets.UTF_8);
        FileReport want = new Workspace(Limits.DEFAULT).check(bytes, "x.plan.yaml");
        Memory memo = new Memory();
        workspace(memo, "t").check(bytes, "x.plan.yaml");
        memo.results.replaceAll((k, v) -> java.util.Arrays.copyOf(v, v.length / 2));
        FileReport again = workspace(memo, "t").check(bytes, "x.plan.yaml");
        assertThat(again.diagnostics()).isNotEmpty().isEqualTo(want.diagnostics());
        assertThat(again.plan()).isEqualTo(want.plan());
        assertThat(memo.results.keySet()).as("remembered whole again").allMatch(k -> memo.head(k) != null && memo.body(k) != null);
    }

    /** Every position in a tree, in order, with the value it belongs to. */
    private static String positions(Value v) {
        StringBuilder out = new StringBuilder();
        positions(v, out);
        return out.toString();
    }

    private static void positions(Value v, StringBuilder out) {
        if (v == null) {
            out.append("null;");
            return;
        }
        Span s = v.span();
        out.append(v.getClass().getSimpleName()).append('@').append(s.file()).append(':').append(s.line())
                .append(':').append(s.column()).append(';');
        if (v instanceof Value.Mapping m) {
            for (Value.Entry e : m.entries()) {
                positions(e.key(), out);
                out.append("at ").append(e.at().line()).append(':').append(e.at().column()).append(';');
                positions(e.value(), out);
            }
        } else if (v instanceof Value.Sequence q) {
            q.items().forEach(i -> positions(i, out));
        }
    }
}
