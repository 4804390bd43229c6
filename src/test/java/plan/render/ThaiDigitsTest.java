package plan.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Thai digits in Markdown: the reader's numbers change, what a link or code needs stays. */
class ThaiDigitsTest {
    @Test
    void textNumbersAmountsAndYearsBecomeThaiDigits() {
        assertThat(ThaiDigits.inMarkdown("ภายในปี 2571 ป.1–ป.3 64 คน | 1,250,000.50 |"))
                .isEqualTo("ภายในปี ๒๕๗๑ ป.๑–ป.๓ ๖๔ คน | ๑,๒๕๐,๐๐๐.๕๐ |");
    }

    @Test
    void linkTargetsAnchorsAutolinksAndCodeKeepTheirDigits() {
        String md = """
                <a id="S1"></a>กลยุทธ์ที่ 1 [โครงการ 2](#P2) <https://example.org/y2567> `v1.2`

                ```
                plan build 2567
                ```
                """;
        assertThat(ThaiDigits.inMarkdown(md)).isEqualTo("""
                <a id="S1"></a>กลยุทธ์ที่ ๑ [โครงการ ๒](#P2) <https://example.org/y2567> `v1.2`

                ```
                plan build 2567
                ```
                """);
    }

    @Test
    void orderedListMarkersStaySyntaxForEachRendererToNumber() {
        assertThat(ThaiDigits.inMarkdown("1. ข้อ 1\n   2. ข้อ 2\n")).isEqualTo("1. ข้อ ๑\n   2. ข้อ ๒\n");
    }

    @Test
    void numbersOnRequestOnly() {
        assertThat(ThaiDigits.number(2568, true)).isEqualTo("๒๕๖๘");
        assertThat(ThaiDigits.number(2568, false)).isEqualTo("2568");
        assertThat(ThaiDigits.of("หน้า 10", false)).isEqualTo("หน้า 10");
    }
}
