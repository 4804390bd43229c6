package plan.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The loops that replaced regular expressions on every plan's text do what the expressions did. */
class TextShapeTest {
    @Test
    void aLineBreakIsFoundWhereTheExpressionFindsOne() {
        Pattern lineBreak = Pattern.compile("\\R");
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String one = "ก" + c + "ข";
            assertThat(SafeMarkdown.hasLineBreak(one)).as("U+%04X", (int) c).isEqualTo(lineBreak.matcher(one).find());
        }
    }

    @Test
    void tidyingCollapsesBlankLinesAsTheExpressionDid() {
        Random random = new Random(3);
        String[] pieces = {"\n", "\n", "\n\n\n", " ", "\t", "\r", "ก", "a"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(14); p > 0; p--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            assertThat(MarkdownRenderer.tidy(s)).as(s).isEqualTo(s.replaceAll("\\n{3,}", "\n\n").strip() + "\n");
        }
    }
}
