package plan.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HeadPackTest {
    private static final String A = "a".repeat(64);
    private static final String B = "0123456789abcdef".repeat(4);

    /** A head as the codec starts one: its version, the length of what follows, then that many bytes. */
    private static byte[] head(int length, int fill) {
        ByteBuffer head = ByteBuffer.allocate(8 + length).putInt(CheckedCodec.VERSION).putInt(length);
        while (head.hasRemaining()) {
            head.put((byte) fill);
        }
        return head.array();
    }

    @Test
    void givesBackEachHeadUnderItsKey() throws IOException {
        HeadPack pack = HeadPack.of(HeadPack.encode(Map.of(A, head(3, 7), B, head(300, 9))));
        assertThat(pack.keys()).containsExactlyInAnyOrder(A, B);
        assertThat(pack.head(A)).isEqualTo(head(3, 7));
        assertThat(pack.head(B)).isEqualTo(head(300, 9));
        assertThat(pack.head("c".repeat(64))).isNull();
    }

    @Test
    void isWrittenTheSameWhateverTheOrderOfTheHeads() throws IOException {
        Map<String, byte[]> one = new java.util.LinkedHashMap<>();
        one.put(B, head(1, 1));
        one.put(A, head(2, 2));
        Map<String, byte[]> other = new java.util.LinkedHashMap<>();
        other.put(A, head(2, 2));
        other.put(B, head(1, 1));
        assertThat(HeadPack.encode(one)).isEqualTo(HeadPack.encode(other));
    }

    @Test
    void aPackNotWholeReadsAsEmpty() throws IOException {
        byte[] whole = HeadPack.encode(Map.of(A, head(40, 1), B, head(40, 2)));
        assertThat(HeadPack.of(whole).keys()).hasSize(2);
        assertThat(HeadPack.of(Arrays.copyOf(whole, whole.length - 1)).keys()).as("cut short").isEmpty();
        assertThat(HeadPack.of(Arrays.copyOf(whole, whole.length + 1)).keys()).as("a byte too many").isEmpty();
        byte[] otherHeader = whole.clone();
        otherHeader[11] = '2'; // "plan-heads 2"
        assertThat(HeadPack.of(otherHeader).keys()).as("another version of the pack").isEmpty();
        byte[] otherCodec = whole.clone();
        otherCodec[13 + 64 + 4 + 3] ^= 1; // the first head's codec version
        assertThat(HeadPack.of(otherCodec).keys()).as("a head of another codec version").isEmpty();
        byte[] badKey = whole.clone();
        badKey[13] = 'G';
        assertThat(HeadPack.of(badKey).keys()).as("a key that is not one").isEmpty();
        assertThat(HeadPack.of(new byte[0]).keys()).isEmpty();
        assertThat(HeadPack.of(null).keys()).isEmpty();
    }

    @Test
    void aHeadIsTakenFromTheStartOfAWholeResult() {
        byte[] result = ByteBuffer.allocate(8 + 5 + 100).put(head(5, 3)).array();
        assertThat(HeadPack.headOf(result)).isEqualTo(head(5, 3));
        assertThat(HeadPack.headOf(Arrays.copyOf(result, 10))).as("shorter than its head says").isNull();
        assertThat(HeadPack.headOf(new byte[4])).isNull();
    }

    @Test
    void onlyResultsKeysArePacked() {
        assertThatThrownBy(() -> HeadPack.encode(Map.of("files", head(1, 1)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(HeadPack.isKey(A)).isTrue();
        assertThat(HeadPack.isKey(A.toUpperCase())).isFalse();
        assertThat(HeadPack.isKey(A.substring(1))).isFalse();
    }
}
