package plan.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A preview server's check results in memory: given back while they fit, the least recently used let go first. */
class MemoryMemoTest {
    @Test
    void resultsComeBackUntilTheBoundLetsTheLeastRecentlyUsedGo() {
        MemoryMemo memo = new MemoryMemo(100);
        assertThat(memo.remember("a", new byte[40])).isTrue();
        assertThat(memo.remember("b", new byte[40])).isTrue();
        assertThat(memo.recall("a")).hasSize(40); // a is now the most recently used
        assertThat(memo.remember("c", new byte[40])).isTrue(); // 120 > 100: b goes, not a
        assertThat(memo.recall("b")).isNull();
        assertThat(memo.recall("a")).hasSize(40);
        assertThat(memo.recall("c")).hasSize(40);
        assertThat(memo.bytes()).isEqualTo(80);
        assertThat(memo.has("c")).isTrue();
    }

    @Test
    void aResultLargerThanTheBoundIsNotKeptAndARememberedKeyIsReplaced() {
        MemoryMemo memo = new MemoryMemo(100);
        assertThat(memo.remember("huge", new byte[101])).isFalse();
        assertThat(memo.recall("huge")).isNull();
        memo.remember("a", new byte[30]);
        memo.remember("a", new byte[50]);
        assertThat(memo.bytes()).isEqualTo(50);
        assertThat(memo.remember("b", new byte[60])).isTrue(); // 110: a goes, b (the newest) stays
        assertThat(memo.recall("a")).isNull();
        assertThat(memo.bytes()).isEqualTo(60);
    }
}
