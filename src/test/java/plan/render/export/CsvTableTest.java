package plan.render.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** RFC 4180 as a spreadsheet reads it, and texts kept from being run as formulas. */
class CsvTableTest {
    @Test
    void fieldsAreQuotedOnlyWhereTheyMustBe() {
        assertThat(CsvTable.field("โครงการอ่านออก")).isEqualTo("โครงการอ่านออก");
        assertThat(CsvTable.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvTable.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvTable.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvTable.field("")).isEmpty();
    }

    @Test
    void aTextThatWouldRunAsAFormulaStaysATextButANegativeNumberStaysANumber() {
        assertThat(CsvTable.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvTable.field("+66 81")).isEqualTo("'+66 81");
        assertThat(CsvTable.field("@ครู")).isEqualTo("'@ครู");
        assertThat(CsvTable.field("-5")).isEqualTo("-5");
        assertThat(CsvTable.field("-2.50")).isEqualTo("-2.50");
        assertThat(CsvTable.field("- ลดลง")).isEqualTo("'- ลดลง");
    }

    @Test
    void theBytesAreUtf8AfterAByteOrderMarkWithCrlfLines() {
        byte[] bytes = new CsvTable(List.of("id", "title")).row("P1", "ค่าย").row("P2", null).bytes();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("id,title\r\nP1,ค่าย\r\nP2,\r\n");
        assertThatThrownBy(() -> new CsvTable(List.of("id", "title")).row("P1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
