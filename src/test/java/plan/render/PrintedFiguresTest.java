package plan.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The one reading of a printed figure that the HTML's and the PDF's charts share. */
class PrintedFiguresTest {
    @Test
    void readsGroupedArabicAndThaiDigitsAlike() {
        assertThat(PrintedFigures.value("1,250,000.50")).isEqualByComparingTo("1250000.50");
        assertThat(PrintedFigures.value(" ๑,๒๕๐,๐๐๐.๕๐ ")).isEqualByComparingTo("1250000.50");
        assertThat(PrintedFigures.value("-1.25")).isEqualByComparingTo("-1.25");
    }

    @Test
    void aDashIsZeroAndWordsAreNoFigure() {
        assertThat(PrintedFigures.value("-")).isEqualTo(BigDecimal.ZERO);
        assertThat(PrintedFigures.value("ไม่ระบุ")).isNull();
        assertThat(PrintedFigures.value("")).isNull();
    }
}
