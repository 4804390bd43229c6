package plan.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import plan.testing.Cli;

/**
 * A plan made of script tags, event handlers, bad-scheme links in every disguise, raw HTML,
 * comments and bad reference definitions, in every text field and label (hostile.plan.yaml).
 * Its page must hold no active content, and neither may its Markdown: the .md file is published
 * too and may be shown by any CommonMark renderer, most of which pass raw HTML through.
 */
class HostilePlanTest {
    @TempDir
    static Path site;
    private static String html;
    private static String markdown;

    @BeforeAll
    static void build() throws IOException {
        Path plan = site.resolve("hostile.plan.yaml");
        try (InputStream in = HostilePlanTest.class.getResourceAsStream("hostile.plan.yaml")) {
            Files.copy(in, plan);
        }
        Cli.Result r = Cli.run("build", plan.toString(), "--out", site.resolve("out").toString(), "--format", "md,html");
        assertThat(r.exitCode()).as("build of the hostile plan: %s", r.err()).isZero();
        html = Files.readString(site.resolve("out/hostile.html"));
        markdown = Files.readString(site.resolve("out/hostile.md"));
    }

    @Test
    void pageHasNoActiveContent() {
        assertThat(ActiveContent.in(html)).isEmpty();
    }

    /** Escaped hostile text still makes a valid page. */
    @Test
    void pageIsValidHtml() throws Exception {
        assertThat(NuHtmlCheckerTest.check(site.resolve("out/hostile.html")).errors).isEmpty();
    }

    @Test
    void markdownRenderedByPlainCommonMarkHasNoActiveContent() {
        // flexmark with its default options: CommonMark, raw HTML passed through unescaped.
        MutableDataSet plain = new MutableDataSet();
        assertThat(ActiveContent.in(render(plain))).isEmpty();
    }

    @Test
    void markdownRenderedWithGfmTablesHasNoActiveContent() {
        // Table cells are parsed only by renderers that know GFM tables: check them parsed too.
        MutableDataSet gfm = new MutableDataSet();
        gfm.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        assertThat(ActiveContent.in(render(gfm))).isEmpty();
    }

    /** The hostile words are shown to the reader as text, not dropped. */
    @Test
    void hostileTextIsShownAsText() {
        String text = ActiveContent.parse(html).getDocumentElement().getTextContent();
        assertThat(text).contains("<script>alert(\"title\")</script>", "<img src=x onerror=alert(1)>",
                "<div onclick=\"alert(1)\">", "<!-- a comment", "<javascript:alert(1)>");
    }

    /** The audit itself can fail: each kind of finding is reported on a page that has it. */
    @Test
    void auditFindsActiveContent() {
        assertThat(ActiveContent.in("<p><script>x</script>")).containsExactly("element <script>");
        assertThat(ActiveContent.in("<p onclick=x>")).hasSize(1);
        assertThat(ActiveContent.in("<a href=\" java&#9;script:x\">")).hasSize(1);
        assertThat(ActiveContent.in("<img src=\"data:image/png,x\">")).hasSize(1);
        assertThat(ActiveContent.in("<a href=\"https://x\">a</a><a href=\"#S1\">b</a><a href=\"a:b/c\">c</a>"))
                .containsExactly("URL href=\"a:b/c\" on <a>");
    }

    private static String render(MutableDataSet options) {
        // flexmark alone drops links matching "javascript:.*"; commonmark-java and most others do
        // not, and the defence must not depend on it. Nothing is suppressed here.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "");
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }
}
