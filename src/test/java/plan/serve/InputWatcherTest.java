package plan.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Polling keeps to the interval asked for until a look at the inputs is slow enough to keep a core busy. */
class InputWatcherTest {
    @Test
    void aQuickLookPollsAtTheIntervalAskedForASlowOneAtFiftyTimesItsLength() {
        assertThat(InputWatcher.pollInterval(500, 0)).isEqualTo(500);
        assertThat(InputWatcher.pollInterval(500, 10)).isEqualTo(500);
        assertThat(InputWatcher.pollInterval(500, 30)).isEqualTo(1_500); // 2 % of a core at most
        assertThat(InputWatcher.pollInterval(100, 40)).isEqualTo(2_000);
    }
}
