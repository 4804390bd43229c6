package plan.app.check;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import plan.cache.CheckMemo;

/**
 * What the check memo remembers of a run's results files without errors, all in one entry: a rebuild of a
 * thousand plans with a results file each reads one entry instead of a thousand. Each file's part
 * is under its own key (its bytes, path, the limits and the tool: see {@link RecalledResults}) and
 * says what it was checked against, what the site needs of it (id, plan, day) and its findings (warnings and
 * notes, before any configuration's severities, with the lines they point at): a file with warnings is
 * recalled as a clean one is, not checked again in every build. The entry is written again only
 * when this run's remembered files differ from those remembered before, and holds this run's files alone.
 */
final class RememberedResults {
    /**
     * Version 3: with each file's findings. Version 2 had no findings (clean files only), version 1
     * the index's line (the build's record keeps it now); an older entry reads as empty.
     */
    private static final String HEADER = "plan-results 3";
    /** A file's part: its key, then the lines of what is remembered of it. */
    private static final int LINES = 6;

    private final CheckMemo memo;
    private final String entry;
    private final Map<String, String> before;
    /** Put from one thread, a thousand times in a rebuild: hashed, and sorted once when written. */
    private final Map<String, String> now = new HashMap<>();

    private RememberedResults(CheckMemo memo, String entry, Map<String, String> before) {
        this.memo = memo;
        this.entry = entry;
        this.before = before;
    }

    /** The remembered results files of the tool {@code identity}, read from {@code memo} (none when unreadable). */
    static RememberedResults recall(CheckMemo memo, String identity) {
        String entry = RecalledResults.sha256((identity + "\0results\0remembered").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = memo.recall(entry);
        Map<String, String> before = new HashMap<>();
        String text = bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
        // The header, then whole parts, each line ended: read in one pass, each part's lines kept
        // as the one stretch of text they are (a thousand parts in a rebuild).
        if (text.startsWith(HEADER + "\n")) {
            int at = HEADER.length() + 1;
            while (at < text.length()) {
                int keyEnd = text.indexOf('\n', at);
                int end = keyEnd;
                for (int line = 1; line < LINES && end >= 0; line++) {
                    end = text.indexOf('\n', end + 1);
                }
                if (keyEnd < 0 || end < 0) {
                    before.clear(); // not whole parts: damaged, read as empty
                    break;
                }
                before.put(text.substring(at, keyEnd), text.substring(keyEnd + 1, end));
                at = end + 1;
            }
        }
        return new RememberedResults(memo, entry, before);
    }

    /** What is remembered of the file whose key is {@code key}, or null. Called from several threads at once. */
    String get(String key) {
        return before.get(key);
    }

    /** Keeps {@code remembered} (its lines: see {@link #LINES}) for the file of {@code key}, a file of this run without errors. */
    void put(String key, String remembered) {
        int lineEnds = 0;
        for (int i = 0; i < remembered.length(); i++) {
            if (remembered.charAt(i) == '\n') {
                lineEnds++;
            }
        }
        if (lineEnds == LINES - 2) {
            now.put(key, remembered);
        }
    }

    /** Writes the entry when this run's remembered files are not those remembered before. */
    void save() {
        if (now.equals(before)) {
            return;
        }
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        new TreeMap<>(now).forEach((key, remembered) -> text.append(key).append('\n').append(remembered).append('\n'));
        memo.remember(entry, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
