package plan.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;

/**
 * Plain CommonMark reads a text as our dialect does except in the stretches around its tables:
 * every tag, autolink, link, image and reference of the whole text read plainly is one that our
 * dialect found outside those stretches, or one found by reading a stretch alone, at the same
 * place. This is what lets {@link SafeMarkdown} read only the stretches a second time.
 */
class TableParagraphsTest {
    /** Pieces of lines: tables, cells that hide markup from one dialect, blocks that span lines. */
    private static final List<String> PIECES = List.of("| a | b |", "|---|---|", "---|---", "| :-- | --: |", "a | b",
            "| [x](javascript:y) | b |", "| [x](#S1) |", "| `a | b` |", "| <a | b> |", "<b>x</b>", "| <i>x</i> | y |",
            "<http://x|y>", "<http://x>", "[r]: javascript:x", "[r]: #ok", "[r]", "[a][r]", "[a [b](c) d](javascript:e)",
            "![i](javascript:x)", "<a id=\"S1\"></a>", "</a>", "```", "~~~", "<div>", "</div>", "<!--", "-->", "<?x", "?>",
            "- ", "1. ", "> ", "    ", "  ", "ข้อความ", "*a*", "**b", "~~s~~", "\\|", "\\[", "===", "---", "`", "[", "](",
            ")", "|", " | ", "<", ">", "javascript:z", "&lt;", "<script>", "</script>");

    /** The first 1,000 random documents, in the quick loop. */
    @Test
    void plainCommonMarkDiffersFromOurDialectOnlyInTheStretchesAroundTables() {
        randomDocuments(0, 1_000);
    }

    /** The next 3,000 of the same sequence, in {@code mvn verify}. */
    @Tag("slow")
    @Test
    void plainCommonMarkDiffersFromOurDialectOnlyInTheStretchesAroundTablesOfManyMoreDocuments() {
        randomDocuments(1_000, 4_000);
    }

    /** Documents {@code from} to {@code to} (exclusive) of one random sequence ({@code -Dseed=} picks another). */
    private static void randomDocuments(int from, int to) {
        Random random = new Random(Long.getLong("seed", 2026));
        int withTables = 0;
        for (int i = 0; i < to; i++) {
            String text = document(random);
            if (i >= from && holds(text)) {
                withTables++;
            }
        }
        // The generator must make tables the stretches can be told for, not only texts it gives up on.
        assertThat(withTables).isGreaterThan((to - from) / 10);
    }

    @Test
    void theRepositorysDocumentsAreReadAlike() throws IOException {
        List<Path> golden;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/golden"))) {
            golden = files.filter(f -> f.toString().endsWith(".md")).toList();
        }
        assertThat(golden).isNotEmpty();
        int told = 0;
        for (Path file : golden) {
            told += holds(Files.readString(file)) ? 1 : 0;
        }
        assertThat(told).isPositive();
    }

    @Test
    void aStretchRunsFromABlankLineToABlankLineAndAnUndecidableTextIsGivenUp() {
        String text = "# T\n\n| a | b |\n|---|---|\n| [c](x) | d |\nafter\n\nnext\n";
        List<TableParagraphs.Stretch> stretches = TableParagraphs.of(MarkdownParser.parse(text), text);
        assertThat(stretches).containsExactly(new TableParagraphs.Stretch(5,
                "| a | b |\n|---|---|\n| [c](x) | d |\nafter"));
        assertThat(TableParagraphs.of(MarkdownParser.parse("no table\n"), "no table\n")).isEmpty();
        String quoted = "> | a |\n> |---|\n";
        assertThat(TableParagraphs.of(MarkdownParser.parse(quoted), quoted)).isNull();
        String referenced = "| a |\n|---|\n\n[r]: #x\n";
        assertThat(TableParagraphs.of(MarkdownParser.parse(referenced), referenced)).isNull();
        String fenced = "```\ncode\n\nmore\n```\n| a |\n|---|\n";
        assertThat(TableParagraphs.of(MarkdownParser.parse(fenced), fenced)).isNull();
    }

    /**
     * Whether the stretches of {@code text} could be told; when they could, fails unless the
     * plain reading of the whole is our reading outside them plus their plain readings.
     */
    private static boolean holds(String text) {
        Document ours = MarkdownParser.parse(text);
        List<TableParagraphs.Stretch> stretches = TableParagraphs.of(ours, text);
        if (stretches == null) {
            return false;
        }
        List<String> expected = new ArrayList<>();
        for (String found : markup(ours, 0)) {
            if (stretches.stream().noneMatch(s -> inside(found, s))) {
                expected.add(found);
            }
        }
        for (TableParagraphs.Stretch s : stretches) {
            expected.addAll(markup(MarkdownParser.parsePlain(s.text()), s.start()));
        }
        List<String> plain = markup(MarkdownParser.parsePlain(text), 0);
        assertThat(plain).as("the plain reading of %s", text.replace("\n", "⏎"))
                .containsExactlyInAnyOrderElementsOf(expected);
        return !stretches.isEmpty();
    }

    /**
     * Each tag, autolink, link, image and reference: "start type first-line (previous tag)". Only
     * its first line: a block that goes on past a stretch (an HTML comment) is read alone up to
     * the stretch's end. The tag right before matters to {@link SafeMarkdown}'s anchors; other
     * previous nodes may differ (strikethrough, which only our dialect has, splits text).
     */
    private static List<String> markup(Node tree, int shift) {
        List<String> found = new ArrayList<>();
        for (Node node : tree.getDescendants()) {
            if (node instanceof HtmlInlineBase || node instanceof HtmlBlockBase || node instanceof AutoLink
                    || node instanceof Link || node instanceof Image || node instanceof Reference) {
                Node previous = node.getPrevious();
                String chars = node.getChars().toString();
                found.add((node.getStartOffset() + shift) + " " + node.getClass().getSimpleName() + " "
                        + (chars.contains("\n") ? chars.substring(0, chars.indexOf('\n')) : chars) + " ("
                        + (previous instanceof HtmlInlineBase ? previous.getChars() : "") + ")");
            }
        }
        return found;
    }

    private static boolean inside(String found, TableParagraphs.Stretch s) {
        int start = Integer.parseInt(found.substring(0, found.indexOf(' ')));
        return start >= s.start() && start < s.start() + s.text().length();
    }

    private static String document(Random random) {
        StringBuilder out = new StringBuilder();
        int lines = 1 + random.nextInt(12);
        for (int line = 0; line < lines; line++) {
            int kind = random.nextInt(10);
            if (kind < 2) {
                out.append('\n'); // a blank line
                continue;
            }
            if (kind < 5) { // a table, maybe with text around it
                out.append("| h | ").append(piece(random)).append(" |\n|---|---|\n");
                for (int row = random.nextInt(4); row > 0; row--) {
                    out.append("| ").append(piece(random)).append(" | ").append(piece(random)).append(" |\n");
                }
                continue;
            }
            for (int p = 1 + random.nextInt(4); p > 0; p--) {
                out.append(piece(random));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String piece(Random random) {
        return PIECES.get(random.nextInt(PIECES.size()));
    }
}
