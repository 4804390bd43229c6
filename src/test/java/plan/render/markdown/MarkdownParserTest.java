package plan.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.api.Test;

/** The last whole document parsed on a thread is given again for the same text, and only then. */
class MarkdownParserTest {
    static final String DOCUMENT = "# แผนพัฒนาการศึกษา\n\n" + "## วิสัยทัศน์\n\nโรงเรียนจัดการศึกษาขั้นพื้นฐานให้มีคุณภาพ"
            + " [ยุทธศาสตร์](#S1) | ตาราง |\n\n| ตัวชี้วัด | ค่าเป้าหมาย |\n|---|---|\n| ร้อยละ | 80 |\n\n".repeat(20);

    /** The tree as text: node types, offsets and chars, depth first. */
    static String dump(Node node) {
        StringBuilder out = new StringBuilder();
        dump(node, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append(" ".repeat(depth)).append(node.getClass().getSimpleName()).append(' ')
                .append(node.getStartOffset()).append('-').append(node.getEndOffset()).append(' ')
                .append(node.getChars()).append('\n');
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            dump(c, depth + 1, out);
        }
    }

    @Test
    void theSameDocumentTextGivesTheSameTreeAsAFreshParse() {
        assertThat(DOCUMENT.length()).isGreaterThanOrEqualTo(MarkdownParser.DOCUMENT_LENGTH);
        Document first = MarkdownParser.parse(DOCUMENT);
        MarkdownParser.parse("สั้น ๆ **ตัวหนา**"); // a field in between does not push the document out
        Document again = MarkdownParser.parse(new String(DOCUMENT.toCharArray())); // equal, not identical
        assertThat(again).isSameAs(first);
        String fresh = CompletableFuture.supplyAsync(() -> dump(MarkdownParser.parse(DOCUMENT))).join();
        assertThat(dump(again)).isEqualTo(fresh).contains("TableBlock", "Link");
    }

    @Test
    void anotherTextOrAnotherThreadGetsItsOwnTree() throws Exception {
        Document mine = MarkdownParser.parse(DOCUMENT);
        Document other = CompletableFuture.supplyAsync(() -> MarkdownParser.parse(DOCUMENT)).get();
        assertThat(other).isNotSameAs(mine); // trees are never shared between threads
        String changed = DOCUMENT + "\nอีกย่อหน้า\n";
        Document next = MarkdownParser.parse(changed);
        assertThat(next).isNotSameAs(mine);
        assertThat(next.getChars().toString()).isEqualTo(changed);
        // Only the last one is kept: the first text is parsed anew.
        assertThat(MarkdownParser.parse(DOCUMENT)).isNotSameAs(mine);
        // Short texts are never remembered: each parse is its own tree.
        assertThat(MarkdownParser.parse("**ก**")).isNotSameAs(MarkdownParser.parse("**ก**"));
    }
}
