package plan.app.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.render.site.Documents;

/** The record of a plan's published documents: what it keeps, and what it notices changed. */
class CacheRecordTest {
    @TempDir
    Path out;

    @Test
    void aRecordReadsBackAsWritten() throws Exception {
        CacheRecord record = publish(Map.of("S1.md", bytes("123456789"), "S1.pdf", random(200_000, 1)));
        CacheRecord read = CacheRecord.parse(record.text());
        assertThat(read).isEqualTo(record);
        // The check values of CRC-32C and CRC-32 (the standard's test input), and the size.
        assertThat(read.hashes().get("S1.md")).isEqualTo("crc:e3069283cbf43926:9");
        assertThat(read.looks()).containsOnlyKeys("S1.md", "S1.pdf");
    }

    @Test
    void aRecordOfAnOlderToolOrDamagedReadsAsAbsent() {
        String sha = "0".repeat(64);
        assertThat(CacheRecord.parse("plan-cache 2\nkey k\n" + sha + " S1.md\n")).isNull();
        assertThat(CacheRecord.parse("plan-cache 3\nkey k\n" + sha + " S1.md\n")).isNull();
        assertThat(CacheRecord.parse("plan-cache 3\nkey k\ncrc:0123 S1.md\n")).isNull();
        assertThat(CacheRecord.parse("plan-cache 3\n")).isNull();
        String crc = "crc:0123456789abcdef:9";
        assertThat(CacheRecord.parse("plan-cache 3\nkey k\n" + crc + " S1.md\n")).as("whole").isNotNull();
        assertThat(CacheRecord.parse("plan-cache 3\nkey k\n\n" + crc + " S1.md\n")).as("an empty line").isNull();
        assertThat(CacheRecord.parse("plan-cache 3\nkey k\nlook 9:1:x\n")).as("a look without a name").isNull();
        assertThat(CacheRecord.parse("plan-cache 3 \nkey k\n")).as("a header with more").isNull();
        assertThat(CacheRecord.parse("plan-cache 3\nkeys k\n")).isNull();
        assertThat(CacheRecord.parse("plan-cache 3\nkey k").key()).as("no line end after the key").isEqualTo("k");
    }

    /** The checksum's form, checked by hand rather than by a pattern: exactly what the pattern took. */
    @Test
    void onlyAChecksumOfTheWrittenFormIsTakenForOne() {
        String hex = "e3069283cbf43926";
        assertThat(CacheRecord.Checksum.isText("crc:" + hex + ":9")).isTrue();
        assertThat(CacheRecord.Checksum.isText("crc:" + hex + ":1234567890")).isTrue();
        for (String bad : List.of("crc:" + hex + ":", "crc:" + hex, "crc:" + hex.toUpperCase() + ":9",
                "crc:" + hex.substring(1) + ":9", "crc:" + hex + "0:9", "crc:" + hex + ":9a", "crc:" + hex + ":-9",
                "CRC:" + hex + ":9", "crc " + hex + ":9", "crc:" + hex.replace('e', 'g') + ":9", "")) {
            assertThat(CacheRecord.Checksum.isText(bad)).as(bad).isFalse();
        }
    }

    @Test
    void aDocumentAsPublishedMatchesAndOneChangedOrReplacedDoesNot() throws Exception {
        byte[] pdf = random(300_000, 2);
        CacheRecord record = CacheRecord.parse(publish(Map.of("S1.pdf", pdf, "S1.md", bytes("text\n"))).text());
        Path file = out.resolve("S1.pdf");
        assertThat(record.matches("S1.pdf", file)).isTrue();

        // The same bytes written again (a new time): read and found the same.
        Files.write(file, pdf);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000));
        assertThat(record.matches("S1.pdf", file)).isTrue();

        // One byte changed, same size: read and found changed.
        byte[] edited = pdf.clone();
        edited[150_000] ^= 1;
        Files.write(file, edited);
        Files.setLastModifiedTime(file, FileTime.fromMillis(2_000_000));
        assertThat(record.matches("S1.pdf", file)).isFalse();

        // Two bytes swapped: the same bytes, in another order.
        byte[] swapped = pdf.clone();
        swapped[10] = pdf[20];
        swapped[20] = pdf[10];
        assertThat(pdf[10]).isNotEqualTo(pdf[20]);
        Files.write(file, swapped);
        Files.setLastModifiedTime(file, FileTime.fromMillis(3_000_000));
        assertThat(record.matches("S1.pdf", file)).isFalse();

        // Cut short, or a folder where the file was.
        Files.write(file, java.util.Arrays.copyOf(pdf, pdf.length - 1));
        assertThat(record.matches("S1.pdf", file)).isFalse();
        Files.delete(file);
        Files.createDirectory(file);
        assertThat(record.matches("S1.pdf", file)).isFalse();
        assertThat(record.matches("S2.pdf", out.resolve("S1.md"))).isFalse();
    }

    @Test
    void theChecksumTellsApartTheDocumentsOfABuild() throws Exception {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        for (int i = 0; i < 500; i++) {
            documents.put("P" + i + ".pdf", random(1_000 + i % 7, i)); // sizes repeat: the CRCs must differ
        }
        CacheRecord record = CacheRecord.of("k", Documents.of(documents), List.of());
        assertThat(record.hashes().values()).doesNotHaveDuplicates().hasSize(500);
    }

    @Test
    void theIndexRowKeptBesideTheKeyReadsBackAsWritten() throws Exception {
        List<String> row = List.of("TH", "แผน \\ ปี\n2570\\n", "", "a\r\nb", "3", "10.50");
        CacheRecord record = publish(Map.of("S1.md", bytes("a")));
        CacheRecord kept = CacheRecord.parse(new CacheRecord(record.key(), record.hashes(), record.looks(), row).text());
        assertThat(kept).isNotNull();
        assertThat(kept.row()).isEqualTo(row);
        assertThat(kept.hashes()).isEqualTo(record.hashes());
        assertThat(kept.looks()).isEqualTo(record.looks());
        assertThat(CacheRecord.parse(record.text()).row()).as("a record without a row").isEmpty();
    }

    private CacheRecord publish(Map<String, byte[]> documents) throws Exception {
        for (Map.Entry<String, byte[]> d : documents.entrySet()) {
            Files.write(out.resolve(d.getKey()), d.getValue());
        }
        return CacheRecord.of("key", Documents.of(documents), List.of()).placed(out);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }
}
