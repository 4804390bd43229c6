package plan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import plan.app.publish.RecordPack;
import plan.cache.BuildState;

/** The build's records of the builds into an output folder, as a test reads them. */
public final class BuildRecords {
    private BuildRecords() {
    }

    /** The text of the record of {@code id} that the last build into {@code out} left; fails when there is none. */
    public static String of(Path out, String id) {
        String text = RecordPack.read(BuildState.of(out)).get(id);
        assertThat(text).as(id + "'s record").isNotNull();
        return text;
    }
}
