package plan.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import plan.render.markdown.SafeMarkdown;

/**
 * The last pass over a generated document: fields that were safe one by one must stay safe when
 * the content template sets them side by side. Found by HostilePlanTest.
 */
class SafeMarkdownDocumentTest {
    @Test
    void labelThatClosesTheTemplatesLinkTextLosesItsLink() {
        // labels.goal = "x](javascript:alert(1)) [y" inside the template's "[label n](#G1)".
        assertThat(SafeMarkdown.document("มุ่งสู่: [x](javascript:alert(1)) [y 1](#G1)\n"))
                .isEqualTo("มุ่งสู่: x [y 1](#G1)\n");
    }

    @Test
    void backticksOfTwoFieldsCannotUncoverATag() {
        // focus text "อ่าน `" and tag "` <img ...> `", each a harmless code span or backtick alone.
        assertThat(SafeMarkdown.document("1. อ่าน ` (` <img src=x onerror=alert(1)> `)\n"))
                .isEqualTo("1. อ่าน ` (` &lt;img src=x onerror=alert(1)> `)\n");
    }

    @Test
    void theTemplatesItemAnchorsStay() {
        String md = "## <a id=\"S1\"></a>กลยุทธ์ที่ 1\n\n1. <a id=\"M1\"></a>พันธกิจ <a href=\"#x\">y</a>\n";
        assertThat(SafeMarkdown.document(md))
                .isEqualTo("## <a id=\"S1\"></a>กลยุทธ์ที่ 1\n\n1. <a id=\"M1\"></a>พันธกิจ &lt;a href=\"#x\">y&lt;/a>\n");
    }
}
