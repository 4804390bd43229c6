package plan.app.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Shards: every plan in exactly one, stable as plans come and go, spread evenly. */
class ShardTest {
    private static final List<String> IDS = IntStream.range(0, 4000).mapToObj(i -> "school-" + i).toList();

    @Test
    void everyPlanBelongsToExactlyOneShard() {
        for (String id : IDS) {
            assertThat(IntStream.rangeClosed(1, 4).filter(k -> new Shard(k, 4).owns(id)).count()).as(id).isEqualTo(1);
        }
    }

    @Test
    void addingAPlanMovesNoOtherPlan() {
        List<Integer> before = IDS.stream().map(id -> Shard.of(id, 4)).toList();
        List<String> more = new ArrayList<>(IDS);
        more.add(0, "a-new-school");
        assertThat(more.subList(1, more.size()).stream().map(id -> Shard.of(id, 4)).toList()).isEqualTo(before);
    }

    @Test
    void sharesAreEven() {
        for (int k = 1; k <= 4; k++) {
            Shard shard = new Shard(k, 4);
            long mine = IDS.stream().filter(shard::owns).count();
            assertThat(mine).as("shard " + shard).isBetween(900L, 1100L);
        }
    }

    @Test
    void theHashIsTheDocumentedOne() {
        // Runners of one matrix must agree: the shard of an id is the first 8 bytes of its
        // SHA-256 (UTF-8), unsigned, modulo N, plus 1. Values computed independently (Python's hashlib).
        assertThat(IntStream.rangeClosed(0, 7).mapToObj(i -> Shard.of("plan-" + i, 4)).toList())
                .containsExactly(2, 2, 2, 3, 4, 3, 1, 2);
        assertThat(Shard.of("x", 1)).isEqualTo(1);
    }

    @Test
    void parsesKOverN() {
        assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse(" 1/1 ").toString()).isEqualTo("1/1");
        for (String bad : List.of("0/4", "5/4", "2", "2/", "/4", "a/b", "2/4/8", "-1/4", "1/0")) {
            assertThatThrownBy(() -> Shard.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
