package plan.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import plan.render.markdown.MarkdownParser;

/** Text written without flexmark's passes is the text flexmark writes. */
class PlainTextNodesTest {
    private static final List<String> PIECES = List.of("แผนพัฒนา", "word", " ", "  ", "\n", "\r\n", "\r", "\\*", "\\\\",
            "\\a", "&amp;", "&lt;", "&#65;", "&#x41;", "&nbsp;", "&bogus;", "& ", "<", ">", "\"", "'", "*a*", "`c`",
            "[l](#x)", "| a | b |\n|---|---|\n| c | d |\n", "\n\n", "- ", "1. ", "> ", "~~s~~", "ก่อน", "“ข”", "\u00a0");

    /** The repository's pages and the first 750 random texts, in the quick loop. */
    @Test
    void pagesAreWrittenAsFlexmarkWritesThem() throws IOException {
        HtmlRenderer ours = renderer(List.of(new SafeHtmlExtension()));
        HtmlRenderer flexmark = renderer(List.of());
        randomTexts(ours, flexmark, 0, 750);
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/golden"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                same(ours, flexmark, Files.readString(file));
            }
        }
    }

    /** The next 2,250 random texts of the same sequence, in {@code mvn verify}. */
    @Tag("slow")
    @Test
    void manyMoreRandomTextsAreWrittenAsFlexmarkWritesThem() {
        randomTexts(renderer(List.of(new SafeHtmlExtension())), renderer(List.of()), 750, 3_000);
    }

    /** Texts {@code from} to {@code to} (exclusive) of one random sequence, each written both ways. */
    private static void randomTexts(HtmlRenderer ours, HtmlRenderer flexmark, int from, int to) {
        Random random = new Random(5);
        for (int i = 0; i < to; i++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(12); p >= 0; p--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            if (i >= from) {
                same(ours, flexmark, text.toString());
            }
        }
    }

    @Test
    void onlyTextWithoutEscapesEntitiesReturnsOrHtmlSpecialsIsTakenAsItIs() {
        assertThat(PlainTextNodes.isPlain("แผนพัฒนา 2566 (ฉบับ 'ทบทวน')")).isTrue();
        for (String text : List.of("a\\*", "a&amp;", "a\r\nb", "a<b", "a>b", "say \"x\"")) {
            assertThat(PlainTextNodes.isPlain(text)).as(text).isFalse();
        }
    }

    /**
     * Our renderer differs from flexmark's in raw HTML, refused links and HTML5's void elements;
     * with no raw HTML (each '<' escaped) and no link refused, the two write the same page but
     * for {@code <hr>}, {@code <br>} and the cells' alignment.
     */
    private static void same(HtmlRenderer ours, HtmlRenderer flexmark, String markdown) {
        Document document = MarkdownParser.parse(markdown.replace("<", "&lt;"));
        assertThat(ours.render(document)).as(markdown)
                .isEqualTo(flexmark.render(document).replace("<hr />", "<hr>").replace("<br />", "<br>")
                        .replaceAll(" align=\"(\\w+)\"", " class=\"align-$1\""));
    }

    private static HtmlRenderer renderer(List<Extension> more) {
        MutableDataSet options = new MutableDataSet(MarkdownParser.options());
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(com.vladsch.flexmark.parser.Parser.EXTENSIONS, Stream.concat(
                Stream.of(TablesExtension.create(), StrikethroughExtension.create()), more.stream()).toList());
        return HtmlRenderer.builder(options).build();
    }
}
