package plan.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import plan.diag.Source;

/**
 * Weakly held models: a bounded amount stays in memory, the most recently used; the rest is made again.
 * Each test makes its own {@link RecentModels} (a workspace owns one), so other tests running
 * meanwhile neither push these out nor are pushed out by them.
 */
class ReloadableModelTest {
    @Test
    void theMostRecentlyUsedStayWithinTheBudget() {
        String line = "ก".repeat(1024 * 1024); // a 1 Mi-character text: about 7 MiB of model by the estimate
        AtomicInteger remade = new AtomicInteger();
        List<ReloadableModel> held = new ArrayList<>();
        RecentModels recent = new RecentModels();
        for (int i = 0; i < 40; i++) {
            Source source = new Source("f" + i, List.of(line));
            held.add(ReloadableModel.remade(recent, new ReloadableModel.Parts(source, null, null), () -> {
                remade.incrementAndGet();
                return new ReloadableModel.Parts(source, null, null);
            }));
        }
        assertThat(recent.bytes()).isPositive().isLessThanOrEqualTo(RecentModels.DEFAULT_BYTES);
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
        assertThat(recent.bytes()).isLessThanOrEqualTo(RecentModels.DEFAULT_BYTES);
    }

    /** Each workspace owns its recent models: one filling its own does not evict another's. */
    @Test
    void eachOwnerKeepsItsOwn() {
        RecentModels first = new RecentModels(10_000);
        RecentModels second = new RecentModels(10_000);
        Source kept = new Source("kept", List.of("x".repeat(100)));
        AtomicInteger remade = new AtomicInteger();
        ReloadableModel model = ReloadableModel.remade(first, new ReloadableModel.Parts(kept, null, null), () -> {
            remade.incrementAndGet();
            return new ReloadableModel.Parts(kept, null, null);
        });
        long firstBytes = first.bytes();
        for (int i = 0; i < 50; i++) {
            Source other = new Source("other" + i, List.of("y".repeat(1000)));
            ReloadableModel.remade(second, new ReloadableModel.Parts(other, null, null),
                    () -> new ReloadableModel.Parts(other, null, null));
        }
        assertThat(firstBytes).isPositive();
        assertThat(first.bytes()).isEqualTo(firstBytes);
        assertThat(second.bytes()).isPositive().isLessThanOrEqualTo(10_000);
        System.gc();
        assertThat(model.source().path()).isEqualTo("kept");
        assertThat(remade).hasValue(0);
    }
}
