package plan.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue 26: a cache belongs to an owner a build makes (the workspace, the renderer, the fonts), never
 * to a static: two builds in one JVM (a server, the tests run side by side) would share it, and one
 * would clear the other's entries. A static that holds state is listed here with the reason it is
 * right; a new one fails until it is given an owner or a reason.
 */
class StaticStateTest {
    private static final Path SOURCES = Path.of("src/main/java/plan");

    /** A static field made mutable, or not final: its type and name, then what it starts as. */
    private static final Pattern STATEFUL = Pattern.compile(
            "\\bstatic\\s+(?:final\\s+[^=;(){}]*?\\b(\\w+)\\s*=\\s*(?:new\\s+(?:[a-z]+\\.)*"
                    + "(?:Concurrent|Hash|Linked|Weak|Tree|Array|Identity|Enum|Atomic|LongAdder|CopyOnWrite|"
                    + "Reentrant|ThreadLocal|Recent|\\w*(?:Memo|Cache|Memory|Map|Set|List|Deque|Queue)\\b)|ThreadLocal\\.)"
                    + "|(?!final\\b|class\\b|record\\b|interface\\b|enum\\b|abstract\\b|void\\b|<)"
                    + "[\\w.<>,?\\[\\] ]+?\\s(\\w+)\\s*[=;])");
    private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern STRINGS = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"");

    /** File (under plan/) and field -> why a static is right there. */
    private static final Map<String, String> REASONED = Map.ofEntries(
            Map.entry("model/Money.java WHOLE", "per-thread scratch: a DecimalFormat is not thread-safe"),
            Map.entry("model/Money.java WITH_SATANG", "per-thread scratch: a DecimalFormat is not thread-safe"),
            Map.entry("render/markdown/MarkdownParser.java LAST", "per thread; the tree is a function of the text"),
            Map.entry("render/pdf/GlyphArray.java CURRENT", "per thread and per writer, which is one build's"),
            Map.entry("render/markdown/Labels.java BUNDLES", "fixed data of the jar"),
            Map.entry("render/markdown/Labels.java DEFAULTS", "fixed data of the jar"),
            Map.entry("importer/KeyOrder.java KEYS", "fixed data, from the format description"),
            Map.entry("importer/KeyOrder.java CHILDREN", "fixed data, from the format description"),
            Map.entry("importer/ProjectForms.java LABELS", "fixed data"),
            Map.entry("render/pdf/text/ThaiLexicon.java bundled", "fixed data of the jar, read on first use"),
            Map.entry("cli/PlanCommand.java stamped", "fixed data of the jar, read on first use"),
            Map.entry("app/publish/FolderPublisher.java IN_PROCESS", "file locks are the process's"),
            Map.entry("importer/RecognizedBlock.java COPIED", "a counter for its test, which runs alone"));

    @Test
    void everyStaticThatHoldsStateHasAReason() throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String code = STRINGS.matcher(COMMENTS.matcher(Files.readString(file)).replaceAll(" ")).replaceAll("\"\"");
                Matcher m = STATEFUL.matcher(code);
                while (m.find()) {
                    String field = m.group(1) != null ? m.group(1) : m.group(2);
                    found.put(SOURCES.relativize(file).toString().replace('\\', '/') + " " + field, m.group().strip());
                }
            }
        }
        assertThat(found.keySet()).as("statics holding state: give each an owner, or a reason here")
                .containsExactlyInAnyOrderElementsOf(REASONED.keySet());
    }

    /** The scan itself: it sees the caches issue 26 found, and passes over constants and methods. */
    @Test
    void theScanTellsACacheFromAConstant() {
        assertThat(STATEFUL.matcher("private static final Map<String, Raster> DRAWN = new ConcurrentHashMap<>();")
                .find()).isTrue();
        assertThat(STATEFUL.matcher("static final java.util.concurrent.atomic.LongAdder N = new java.util.concurrent"
                + ".atomic.LongAdder();").find()).isTrue();
        assertThat(STATEFUL.matcher("private static final RecurringTextMemo<String, BitSet> SHARED_BREAKS = "
                + "new RecurringTextMemo<>(2L << 20, ThaiLineBreaker::bytes);").find()).isTrue();
        assertThat(STATEFUL.matcher("private static int calls;").find()).isTrue();
        assertThat(STATEFUL.matcher("private static final Map<String, String> FIXED = Map.of(\"a\", \"b\");").find())
                .isFalse();
        assertThat(STATEFUL.matcher("private static final int REMEMBERED = 16;").find()).isFalse();
        assertThat(STATEFUL.matcher("static Placed placed(PdfLogo logo) {").find()).isFalse();
        assertThat(STATEFUL.matcher("private static <T> T first(List<T> items) {").find()).isFalse();
        assertThat(STATEFUL.matcher("public static final class Recurring {").find()).isFalse();
    }
}
