package plan.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import plan.testing.Cli;
import plan.testing.Outputs;
import plan.testing.Plans;

/**
 * Input meant to hurt: each case must end in a diagnostic at a position and exit 1, never a
 * stack trace or a hang. The time limit guards against hangs; it measures nothing.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("billion-laughs", bytes(laughs()), "yaml-syntax", 1),
                Arguments.of("recursive-alias", bytes("title: &a [*a]\n"), "yaml-syntax", 1),
                Arguments.of("deep-nesting", bytes("title: " + "[".repeat(5000) + "]".repeat(5000) + "\n"), "yaml-syntax", 1),
                Arguments.of("deep-block-nesting", bytes(deepBlocks(200)), "yaml-syntax", 1),
                Arguments.of("huge-file", hugeFile(), "yaml-syntax", 1),
                Arguments.of("binary-garbage", garbage(), "yaml-syntax", 1),
                Arguments.of("nul-byte", bytes("title: แผน\u0000\n"), "yaml-syntax", 1),
                Arguments.of("invalid-utf8", invalidUtf8(), "yaml-syntax", 2),
                Arguments.of("tis-620", tis620(), "yaml-syntax", 1),
                Arguments.of("tab-indent", bytes("organization:\n\tname: x\n"), "yaml-syntax", 2),
                Arguments.of("duplicate-keys", bytes("title: a\ntitle: b\n"), "yaml-syntax", 2),
                Arguments.of("java-type-tag", bytes("title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n"),
                        "yaml-syntax", 1),
                Arguments.of("local-tag", bytes("title: !secret x\n"), "yaml-syntax", 1),
                Arguments.of("empty-file", bytes(""), "wrong-type", 1),
                Arguments.of("only-comments", bytes("# nothing here\n"), "wrong-type", 1),
                Arguments.of("top-level-scalar", bytes("just a sentence\n"), "wrong-type", 1),
                Arguments.of("top-level-list", bytes("- title: a\n- title: b\n"), "wrong-type", 1),
                Arguments.of("two-documents", bytes("title: a\n---\ntitle: b\n"), "yaml-syntax", 3),
                Arguments.of("merge-key-bomb", bytes(mergeKeys()), "yaml-syntax", 1),
                Arguments.of("deep-quotes-in-body", bytes(withBody("> ".repeat(1000) + "x")), "markdown-nesting", 19),
                Arguments.of("deep-list-in-body", bytes(withBody("- ".repeat(1000) + "x")), "markdown-nesting", 19),
                Arguments.of("stars-around-a-word", bytes(withBody("*".repeat(5000) + "word" + "*".repeat(5000))),
                        "markdown-nesting", 19),
                Arguments.of("stars-in-vision", bytes(Plans.withVision("_".repeat(100) + "word" + "_".repeat(100))),
                        "markdown-nesting", 5),
                Arguments.of("indented-list-100-levels", bytes(Plans.BASE + "sections:\n  - id: q\n    title: t\n    body: |\n"
                        + indentedList(100)), "markdown-nesting", 28),
                // Control characters written as YAML escapes: refused after unescaping, as raw ones are.
                Arguments.of("escaped-nul", bytes(Plans.withVision("แผน\\0งาน")), "yaml-syntax", 5),
                Arguments.of("escaped-escape", bytes(Plans.withVision("\\e[31mแดง")), "yaml-syntax", 5),
                Arguments.of("escaped-bell", bytes(Plans.withVision("\\x07")), "yaml-syntax", 5),
                Arguments.of("escaped-c1-csi", bytes(Plans.withVision("\\x9b31m")), "yaml-syntax", 5),
                Arguments.of("escaped-noncharacter", bytes(Plans.withVision("\\uFFFE")), "yaml-syntax", 5),
                Arguments.of("escaped-lone-surrogate", bytes(Plans.withVision("\\uD800")), "yaml-syntax", 5),
                Arguments.of("escaped-carriage-return", bytes(Plans.withVision("ก\\rข")), "yaml-syntax", 5),
                Arguments.of("escaped-key", bytes(Plans.BASE + "\"\\e[31mkey\": x\n"), "yaml-syntax", 16),
                // 100 Thai letters are 300 bytes: more than a file name may hold.
                Arguments.of("long-thai-id", bytes(Plans.BASE + "id: " + "ก".repeat(100) + "\n"), "wrong-type", 16));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsInADiagnosticNotACrash(String name, byte[] content, String rule, int line) throws IOException {
        Path file = dir.resolve(name + ".plan.yaml");
        Files.write(file, content);
        Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Cli.run("check", "--lang", "en", "--color", "never", file.toString()));
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
        assertThat(result.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(file.toString())
                + ":" + line + ":\\d+: error\\[" + rule + "\\]: ");
        assertThat(result.out() + result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @org.junit.jupiter.api.Test
    void mergeKeysAreNamedAsSuch() throws IOException {
        Path file = dir.resolve("merge.plan.yaml");
        Files.writeString(file, Plans.BASE + "labels: &l {goal: เป้า}\nvalues:\n  <<: *l\n");
        Cli.Result result = Cli.run("check", "--lang", "en", "--color", "never", file.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).containsPattern(":18:3: error\\[yaml-syntax\\]: merge keys \\(`<<`\\) are not supported");
    }

    /** A file named with terminal escapes: every printed form shows the name, never its controls. */
    @org.junit.jupiter.api.Test
    void controlCharactersAreNeverPrintedRaw() throws IOException {
        String name = "a\u001b[31m\u0007\u009b\u202e.plan.yaml";
        Path file = dir.resolve(name);
        Files.writeString(file, "title: x\n");
        for (String format : new String[] {"text", "github", "json", "sarif"}) {
            Cli.Result result = Cli.run("check", "--lang", "en", "--color", "never", "--format", format, file.toString());
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out().codePoints().filter(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f
                    || c == 0x202e).toArray()).as(format + ": " + result.out()).isEmpty();
            if (format.equals("json")) {
                com.fasterxml.jackson.databind.JsonNode first = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(result.out()).get(0);
                assertThat(first.get("file").asText()).isEqualTo(file.toString());
            }
        }
    }

    /** A bidi override inside a text: the excerpt shows it as {@code <U+202E>}, as the README says, not as "�". */
    @org.junit.jupiter.api.Test
    void aBidiControlInATextShowsAsItsCodeInTheExcerpt() throws IOException {
        Path file = dir.resolve("bidi.plan.yaml");
        Files.writeString(file, Files.readString(Path.of("examples/minimal.plan.yaml"))
                .replace("vision: นักเรียน", "vision: นักเรียน\u202E"));
        Cli.Result result = Cli.run("check", "--lang", "en", "--color", "never", file.toString());
        assertThat(result.out()).contains("| vision: นักเรียน<U+202E>มี").doesNotContain("\uFFFD").doesNotContain("\u202E");
    }

    static Stream<Arguments> deepBodies() {
        StringBuilder quotes = new StringBuilder();
        StringBuilder list = new StringBuilder();
        StringBuilder emphasis = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            quotes.append("      ").append("> ".repeat(i)).append("q").append(i).append("\n      \n");
            emphasis.append("*e").append(i).append(' ');
        }
        for (int i = 1; i <= 100; i++) {
            list.append("      ").append("  ".repeat(i - 1)).append("- l").append(i).append('\n');
        }
        for (int i = 40; i >= 1; i--) {
            emphasis.append("f").append(i).append("* ");
        }
        return Stream.of(
                Arguments.of("quotes", quotes.toString(), 40, "q"),
                Arguments.of("list", list.toString(), 100, "l"),
                Arguments.of("stars", "      " + "*".repeat(5000) + "s1" + "*".repeat(5000) + "\n", 1, "s"),
                Arguments.of("dashes", "      " + "- ".repeat(1000) + "d1\n", 1, "d"),
                Arguments.of("emphasis", "      " + emphasis + "\n", 40, "e"));
    }

    /**
     * Waived, the nesting limit lets a plan through to rendering: every document is still
     * written, flattened beyond what a page can show, with every word of the source.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("deepBodies")
    void deepNestingIsFlattenedKeepingEveryWord(String name, String body, int words, String prefix) throws IOException {
        Path file = dir.resolve(name + ".plan.yaml");
        Files.writeString(file, Plans.BASE + "waive:\n  markdown-nesting: a test of flattening\n"
                + "sections:\n  - id: q\n    title: t\n    body: |\n" + body);
        Path out = dir.resolve("site");
        Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Cli.run("build", "--lang", "en", file.toString(), "--out", out.toString()));
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        String html = Outputs.htmlText(Files.readString(out.resolve(name + ".html")));
        String pdf = Outputs.pdfText(out.resolve(name + ".pdf"));
        for (int i = 1; i <= words; i++) {
            String word = prefix + i;
            assertThat(html).as("HTML").containsPattern("\\b" + word + "\\b");
            assertThat(pdf).as("PDF").containsPattern("\\b" + word + "\\b");
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Nine levels of ten aliases each: a billion strings if expanded. */
    private static String laughs() {
        StringBuilder b = new StringBuilder("a0: &a0 [\"lol\"]\n");
        for (int i = 1; i <= 9; i++) {
            b.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                b.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            b.append("]\n");
        }
        return b.toString();
    }

    /** The base plan with one section whose body is {@code body}, on line 19, as a quoted string. */
    private static String withBody(String body) {
        return Plans.BASE + "sections:\n  - id: q\n    title: t\n    body: \"" + body + "\"\n";
    }

    /** A list nested {@code depth} levels by indentation, as a literal block (its first item on line 20, its ninth level on 28). */
    static String indentedList(int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            b.append("      ").append("  ".repeat(i)).append("- ระดับ ").append(i + 1).append('\n');
        }
        return b.toString();
    }

    private static String deepBlocks(int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            b.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        return b.append("  ".repeat(depth)).append("x\n").toString();
    }

    private static String mergeKeys() {
        StringBuilder b = new StringBuilder("base: &b {k: v}\n");
        for (int i = 0; i < 200; i++) {
            b.append("m").append(i).append(": {<<: *b}\n");
        }
        return b.toString();
    }

    private static byte[] hugeFile() {
        byte[] line = bytes("# " + "ก".repeat(300) + "\n");
        int count = (5 * 1024 * 1024) / line.length;
        byte[] out = new byte[line.length * count];
        for (int i = 0; i < count; i++) {
            System.arraycopy(line, 0, out, i * line.length, line.length);
        }
        return out;
    }

    private static byte[] garbage() {
        byte[] out = new byte[4096];
        new Random(42).nextBytes(out);
        return out;
    }

    private static byte[] invalidUtf8() {
        byte[] head = bytes("title: แผน\nvision: ");
        byte[] out = new byte[head.length + 2];
        System.arraycopy(head, 0, out, 0, head.length);
        out[head.length] = (byte) 0xFF;
        out[head.length + 1] = '\n';
        return out;
    }

    /** Thai saved by an old editor in TIS-620: "title: ผมแผน" with one byte per letter. */
    private static byte[] tis620() {
        return new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xBC, (byte) 0xC1, (byte) 0xE1, (byte) 0xBC,
            (byte) 0xB9, '\n'};
    }
}
