package plan.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Key order, quoting, flow or block style, comments and spelling of numbers are not changes. */
class DiffMeaningTest {
    private static final String FULL = DiffPartsTest.FULL;

    @Test
    void theSamePlanHasNoChanges() {
        assertThat(DiffPartsTest.diff(FULL, FULL)).isEmpty();
    }

    @Test
    void reorderedKeysAreNoChange() {
        String reordered = FULL.replace("period:\n  from: 2566\n  to: 2569\n", "period:\n  to: 2569\n  from: 2566\n")
                .replace("    - {key: B, name: Board, text: การบริหารจัดการโดยการมีส่วนร่วม}",
                        "    - {text: การบริหารจัดการโดยการมีส่วนร่วม, name: Board, key: B}");
        assertThat(reordered).isNotEqualTo(FULL);
        assertThat(DiffPartsTest.diff(FULL, reordered)).isEmpty();
    }

    @Test
    void flowOrBlockStyleQuotingAndCommentsAreNoChange() {
        String restyled = FULL
                .replace("        baseline: {year: 2565, value: 78.5}", "        baseline:\n          year: 2565 # ปีฐาน\n          value: 78.5")
                .replace("    goals: [G1]\n    description:", "    goals:\n      - G1\n    description:")
                .replace("title: แผนปฏิบัติราชการ ระยะ 4 ปี", "title: 'แผนปฏิบัติราชการ ระยะ 4 ปี'")
                .replace("vision: องค์กรคุณภาพ ผู้เรียน**มีความสุข**ด้วยนวัตกรรม", "# วิสัยทัศน์\nvision: \"องค์กรคุณภาพ ผู้เรียน**มีความสุข**ด้วยนวัตกรรม\"");
        assertThat(DiffPartsTest.diff(FULL, restyled)).isEmpty();
    }

    @Test
    void aBudgetWrittenAsANumberOrAsItsTotalIsTheSame() {
        String fuller = FULL.replace("    budget: 35000", "    budget: {total: 35000.00}")
                .replace("total: 48500.50", "total: 48500.5");
        assertThat(DiffPartsTest.diff(FULL, fuller)).isEmpty();
    }

    @Test
    void aGuidelineWrittenAsTextOrAsItsFullerFormIsTheSame() {
        String fuller = FULL.replace("      - ใช้ระบบสารสนเทศในการติดตามผล", "      - text: ใช้ระบบสารสนเทศในการติดตามผล");
        assertThat(DiffPartsTest.diff(FULL, fuller)).isEmpty();
    }

    @Test
    void aRewordedGuidelineAmongOthersIsChangedNotRemovedAndAdded() {
        String reworded = FULL.replace("      - ส่งเสริมการอ่านและการเขียน\n", "      - ปลูกฝังนิสัยรักการอ่าน\n");
        assertThat(DiffPartsTest.describe(DiffPartsTest.diff(FULL, reworded)))
                .containsExactly("changed S1 guideline | ส่งเสริมการอ่านและการเขียน | ปลูกฝังนิสัยรักการอ่าน");
    }

    @Test
    void thaiWordsAreTheUnitsOfATextDiff() {
        assertThat(WordDiff.diff("ส่งเสริมคุณธรรม จริยธรรม และสุขภาวะของผู้เรียน", "ปลูกฝังคุณธรรม จริยธรรม และส่งเสริมสุขภาวะที่ดีของผู้เรียน"))
                .containsExactly(
                        new WordDiff.Piece(WordDiff.Op.REMOVED, "ส่งเสริม"), new WordDiff.Piece(WordDiff.Op.ADDED, "ปลูกฝัง"),
                        new WordDiff.Piece(WordDiff.Op.SAME, "คุณธรรม จริยธรรม และ"), new WordDiff.Piece(WordDiff.Op.ADDED, "ส่งเสริม"),
                        new WordDiff.Piece(WordDiff.Op.SAME, "สุขภาวะ"), new WordDiff.Piece(WordDiff.Op.ADDED, "ที่ดี"),
                        new WordDiff.Piece(WordDiff.Op.SAME, "ของผู้เรียน"));
    }
}
