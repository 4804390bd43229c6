package plan.app.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hint names a file near the one that needs it, but never one of another repository beside it. */
class NearbyFilesTest {
    @TempDir
    Path dir;

    @Test
    void theSearchStopsAtTheTopOfTheRepository() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine/plans"));
        Files.createDirectories(dir.resolve("mine/.git"));
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("development-plan.plan.yaml"), "id: development-plan\n");
        Path action = Files.writeString(mine.resolve("action.plan.yaml"), "base: development-plan\n");
        List<String> names = List.of("development-plan.plan.yaml");
        assertThat(new NearbyFiles().fileNear(action.toString(), names)).isNull();
        // Without a repository, a folder two levels up is still searched.
        Files.delete(dir.resolve("mine/.git"));
        assertThat(new NearbyFiles().fileNear(action.toString(), names)).endsWith("development-plan.plan.yaml");
    }
}
