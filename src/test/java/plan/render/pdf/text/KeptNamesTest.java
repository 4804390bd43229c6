package plan.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A school's name is no word the dictionary knows: it would end a line between two words it does
 * know (โรงเรียนบ้าน|โคกสะอาด). The document's organization's name is kept whole on a line.
 */
class KeptNamesTest {
    private static final String TITLE = "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2568 โรงเรียนบ้านโคกสะอาด";
    private static final String NAME = "โรงเรียนบ้านโคกสะอาด";

    @Test
    void noLineEndsInsideTheOrganizationsName() {
        int at = TITLE.indexOf(NAME);
        BitSet plain = new ThaiLineBreaker().breaks(TITLE);
        assertThat(plain.get(at + NAME.indexOf("โคก"))).as("the dictionary alone would break there").isTrue();
        BitSet kept = new ThaiLineBreaker(ThaiLexicon.bundled(), TypesettingBudget.unlimited(),
                new ThaiLineBreaker.Recurring(), List.of(NAME)).breaks(TITLE);
        assertThat(kept.get(at, at + NAME.length()).cardinality()).as("breaks inside the name").isEqualTo(kept.get(at) ? 1 : 0);
        assertThat(kept.get(at)).as("a line may still end before the name").isTrue();
        assertThat(kept.get(TITLE.indexOf("ประจำ"))).as("elsewhere the dictionary decides").isEqualTo(plain.get(TITLE.indexOf("ประจำ")));
    }

    @Test
    void aNameIsKeptPieceByPieceAndAPieceTooLongForALineIsNot() {
        assertThat(ThaiLineBreaker.names(List.of("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1", "โรงเรียนบ้านโคกสะอาด")))
                .containsExactly("เขต", "โรงเรียนบ้านโคกสะอาด");
        assertThat(ThaiLineBreaker.names(List.of("Example School"))).as("no Thai, nothing to keep").isEmpty();
    }

    @Test
    void theSharedMemoryOfBoundariesKeepsNoOtherDocumentsName() {
        ThaiLineBreaker.Recurring shared = new ThaiLineBreaker.Recurring();
        new ThaiLineBreaker(ThaiLexicon.bundled(), TypesettingBudget.unlimited(), shared, List.of(NAME)).breaks(TITLE);
        BitSet other = new ThaiLineBreaker(ThaiLexicon.bundled(), TypesettingBudget.unlimited(), shared, List.of()).breaks(TITLE);
        assertThat(other.get(TITLE.indexOf(NAME) + NAME.indexOf("โคก"))).isTrue();
    }
}
