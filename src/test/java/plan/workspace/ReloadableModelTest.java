package plan.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import plan.diag.Source;

/** Weakly held models: a bounded amount stays in memory, the most recently used; the rest is made again. */
class ReloadableModelTest {
    @Test
    void theMostRecentlyUsedStayWithinTheBudget() {
        String line = "ก".repeat(1024 * 1024); // a 1 Mi-character text: about 7 MiB of model by the estimate
        AtomicInteger remade = new AtomicInteger();
        List<ReloadableModel> held = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Source source = new Source("f" + i, List.of(line));
            held.add(ReloadableModel.remade(new ReloadableModel.Parts(source, null, null), () -> {
                remade.incrementAndGet();
                return new ReloadableModel.Parts(source, null, null);
            }));
        }
        assertThat(ReloadableModel.recentBytes()).isPositive().isLessThanOrEqualTo(ReloadableModel.RECENT_BYTES);
        System.gc();
        // The latest are kept strongly: asking for them makes nothing again.
        for (int i = 39; i > 35; i--) {
            assertThat(held.get(i).source().path()).isEqualTo("f" + i);
        }
        assertThat(remade).hasValue(0);
        // Forgotten ones come back, the same text.
        held.get(0).forget();
        assertThat(held.get(0).source().lines()).containsExactly(line);
        assertThat(remade).hasValue(1);
        assertThat(ReloadableModel.recentBytes()).isLessThanOrEqualTo(ReloadableModel.RECENT_BYTES);
    }
}
