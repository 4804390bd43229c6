package plan.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plan text as safe Markdown: what must change, and what must be left exactly as written. */
class SafeMarkdownTest {
    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "java&#115;cript:alert(1)",
        "java\\tscript:x", "data:text/html,<b>x</b>", "vbscript:msgbox", " javascript:x", "&#106;avascript:x"})
    void refusedLinksKeepOnlyTheirText(String url) {
        String out = SafeMarkdown.inline("ดู [คู่มือ](" + url + ") ก่อน");
        assertThat(out).isEqualTo("ดู คู่มือ ก่อน");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?b=c", "http://x.th", "mailto:plan@example.org", "other.html#S2",
        "#G1", "../docs/a.pdf", "docs/a:b"})
    void allowedLinksStay(String url) {
        assertThat(UrlPolicy.allows(url)).isTrue();
        String text = "[ลิงก์](" + url + ")";
        assertThat(SafeMarkdown.inline(text)).isEqualTo(text);
    }

    @Test
    void rawHtmlIsShownAsText() {
        assertThat(SafeMarkdown.inline("ก <script>alert(1)</script> ข <img src=x onerror=alert(1)>"))
                .isEqualTo("ก &lt;script>alert(1)&lt;/script> ข &lt;img src=x onerror=alert(1)>");
        assertThat(SafeMarkdown.block("<div onclick=\"x()\">ก</div>\n\nข"))
                .startsWith("&lt;div onclick=\"x()\">ก&lt;/div>");
        assertThat(SafeMarkdown.inline("<javascript:alert(1)>")).doesNotContain("<j");
        assertThat(SafeMarkdown.inline("<!-- hidden -->")).isEqualTo("&lt;!-- hidden -->");
    }

    @Test
    void codeAndEmphasisAreLeftAlone() {
        String text = "**สำคัญ** และ `a < b` และ *เน้น*";
        assertThat(SafeMarkdown.inline(text)).isEqualTo(text);
    }

    @Test
    void badReferenceDefinitionsLoseTheirTarget() {
        String out = SafeMarkdown.block("[คู่มือ][m]\n\n[m]: javascript:alert(1)\n");
        assertThat(out).contains("[m]: #").doesNotContain("javascript");
    }

    @Test
    void textFieldsStayOnOneLine() {
        assertThat(SafeMarkdown.inline("บรรทัดหนึ่ง\nบรรทัดสอง\r\n  บรรทัดสาม")).isEqualTo("บรรทัดหนึ่ง บรรทัดสอง บรรทัดสาม");
    }

    @Test
    void headingsInABodySitUnderTheChapter() {
        assertThat(SafeMarkdown.block("# หัวข้อ\n\nเนื้อความ\n\n## ย่อย\n")).isEqualTo("### หัวข้อ\n\nเนื้อความ\n\n#### ย่อย\n");
    }

    @Test
    void anUnclosedFenceIsClosedSoLaterChaptersSurvive() {
        String out = SafeMarkdown.block("ก่อน\n\n```\ncode");
        assertThat(out).isEqualTo("ก่อน\n\n```\ncode\n```\n");
    }
}
