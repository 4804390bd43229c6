package plan.app.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import plan.cache.CheckMemo;

/**
 * The results files of a run without errors, remembered in one entry of the check memo: read back whole,
 * written only when this run's files differ, holding this run's files alone, and a damaged entry
 * remembers nothing (every file is checked again) rather than something wrong.
 */
class RememberedResultsTest {
    /**
     * What is kept of a file: its plan chain, id, plan and day, and its findings (none here);
     * nothing of the site (the build's record keeps the index's line).
     */
    private static final String PART = "chain;\nschool-1-q2\nschool-1\n2568-03-31\n";

    @Test
    void whatARunKeepsIsReadBackByTheNextRunOfTheSameTool() {
        Memo memo = new Memo();
        RememberedResults first = RememberedResults.recall(memo, "tool 1");
        assertThat(first.get("k1")).isNull();
        first.put("k1", PART);
        first.save();
        assertThat(memo.writes).isEqualTo(1);
        RememberedResults again = RememberedResults.recall(memo, "tool 1");
        assertThat(again.get("k1")).isEqualTo(PART);
        assertThat(RememberedResults.recall(memo, "tool 2").get("k1")).as("another tool").isNull();
        again.put("k1", PART);
        again.save();
        assertThat(memo.writes).as("nothing changed, nothing written").isEqualTo(1);
    }

    @Test
    void onlyThisRunsFilesAreKept() {
        Memo memo = new Memo();
        RememberedResults first = RememberedResults.recall(memo, "tool");
        first.put("gone", PART);
        first.put("kept", PART);
        first.save();
        RememberedResults second = RememberedResults.recall(memo, "tool");
        second.put("kept", PART);
        second.save();
        RememberedResults third = RememberedResults.recall(memo, "tool");
        assertThat(third.get("kept")).isNotNull();
        assertThat(third.get("gone")).isNull();
    }

    @Test
    void aDamagedEntryRemembersNothing() {
        Memo memo = new Memo();
        RememberedResults first = RememberedResults.recall(memo, "tool");
        first.put("k1", PART);
        first.save();
        String key = memo.entries.keySet().iterator().next();
        String text = new String(memo.entries.get(key), StandardCharsets.UTF_8);
        memo.entries.put(key, text.substring(0, text.length() - 10).getBytes(StandardCharsets.UTF_8));
        assertThat(RememberedResults.recall(memo, "tool").get("k1")).isNull();
        // An entry of an older layout: version 2 had no findings, version 1 the index's line.
        memo.entries.put(key, text.replace("plan-results 3", "plan-results 2").getBytes(StandardCharsets.UTF_8));
        assertThat(RememberedResults.recall(memo, "tool").get("k1")).isNull();
    }

    @Test
    void aPartOfTheWrongShapeIsNotKept() {
        Memo memo = new Memo();
        RememberedResults first = RememberedResults.recall(memo, "tool");
        first.put("k1", PART + "\nan extra line");
        first.save();
        assertThat(RememberedResults.recall(memo, "tool").get("k1")).isNull();
    }

    /** A memo in a map, counting its writes. */
    private static final class Memo implements CheckMemo {
        final Map<String, byte[]> entries = new ConcurrentHashMap<>();
        int writes;

        @Override
        public byte[] recall(String key) {
            return entries.get(key);
        }

        @Override
        public boolean remember(String key, byte[] result) {
            writes++;
            entries.put(key, result);
            return true;
        }
    }
}
