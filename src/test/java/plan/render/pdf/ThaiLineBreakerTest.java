package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** ICU's Thai dictionary, where the JDK's breaker cuts words ("มีค|วาม", "หลักข|องชาติ"). */
class ThaiLineBreakerTest {
    private final ThaiLineBreaker breaker = new ThaiLineBreaker();

    @Test
    void breaksBetweenWordsOnly() {
        String text = "มีความสุขตามหลักของชาติ";
        BitSet b = breaker.breaks(text);
        assertThat(b.get(3)).as("มีค|วาม").isFalse();
        assertThat(b.get(text.indexOf("ข", 14) + 1)).as("หลักข|องชาติ").isFalse();
        assertThat(b.get(text.indexOf("ความ"))).as("มี|ความ").isTrue();
        assertThat(String.join("|", breaker.segments("ที่นี่ ปั้น น้ำ ญี่ปุ่น")))
                .isEqualTo("ที่|นี่|ปั้น|น้ำ|ญี่ปุ่น");
    }

    @Test
    void splitCharacterAnswersForTheRemainderOfAChunk() {
        String paragraph = "ครูมีความรู้ความสามารถ";
        BitSet b = breaker.breaks(paragraph);
        String chunk = paragraph.substring(3); // a second chunk that starts at "มีความ..."
        ThaiSplitCharacter split = new ThaiSplitCharacter(b, 3, chunk, breaker);
        char[] rest = chunk.substring(2).toCharArray(); // OpenPDF already took "มี" onto a line
        // After "ความ" (index 3 of the rest) is a word end; after "คว" (index 1) is not.
        assertThat(split.isSplitCharacter(0, 3, rest.length, rest, null)).isTrue();
        assertThat(split.isSplitCharacter(0, 1, rest.length, rest, null)).isFalse();
        assertThat(split.isSplitCharacter(0, 0, 1, new char[] {' '}, null)).isTrue();
    }
}
