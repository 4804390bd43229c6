package plan.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;

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

    /**
     * The scan looks for kept spans only where one can start: it must convert exactly what a
     * search for the spans at every character converts, on text made of the pieces that start,
     * end or break them (brackets, backticks, fences, line ends of every kind, web addresses).
     */
    @Test
    void scanningForKeptSpansConvertsWhatSearchingEveryCharacterConverts() {
        String[] pieces = {"1", "23", " ", "\n", "\r\n", "\r", "\u2028", "\u0085", "x", "h", "f", "ท", "]", "[", "(", ")",
            "](#P1)", "<", ">", "<a id=\"S2\"></a>", "<https://a.b/3>", "http://x9.org/4", "ftp://5", "https", "`",
            "```", "~~~", "   ", "1. ", "2) ", ".", ":", "|", "\\"};
        Random random = new Random(32);
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String md = text.toString();
            assertThat(ThaiDigits.inMarkdown(md)).as("%s", md).isEqualTo(searchingEveryCharacter(md));
        }
    }

    /** The conversion as a search for {@link ThaiDigits#KEEP} from every character. */
    private static String searchingEveryCharacter(String markdown) {
        StringBuilder out = new StringBuilder();
        Matcher m = ThaiDigits.KEEP.matcher(markdown);
        int last = 0;
        while (m.find()) {
            out.append(ThaiDigits.of(markdown.substring(last, m.start()))).append(m.group());
            last = m.end();
        }
        return out.append(ThaiDigits.of(markdown.substring(last))).toString();
    }
}
