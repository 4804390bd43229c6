package plan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.api.Test;

/**
 * Every code block of README.md, CONTRIBUTING.md and docs/ is closed: one left open swallows
 * everything after it, chapters and all, into code (the guide's results chapter once was).
 */
class FencedCodeTest {
    @Test
    void everyCodeBlockIsClosed() {
        List<String> open = new ArrayList<>();
        for (Path file : MarkdownFiles.all()) {
            for (Node node : MarkdownFiles.parse(file).getDescendants()) {
                if (node instanceof FencedCodeBlock code && code.getClosingMarker().isEmpty()) {
                    open.add(file + ":" + (code.getLineNumber() + 1));
                }
            }
        }
        assertThat(open).as("code blocks never closed").isEmpty();
    }

    @Test
    void theGuidesChaptersAreHeadings() {
        List<String> chapters = new ArrayList<>();
        for (Node node : MarkdownFiles.parse(MarkdownFiles.DOCS.resolve("guide.th.md")).getDescendants()) {
            if (node instanceof Heading h && h.getLevel() == 2) {
                chapters.add(MarkdownFiles.text(h).strip());
            }
        }
        assertThat(chapters).contains("7. นำเข้าจากไฟล์ Word", "8. รายงานผลการดำเนินงาน");
    }
}
