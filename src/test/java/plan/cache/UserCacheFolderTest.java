package plan.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The user's cache folder of plan on each system (Windows and macOS cannot be run here). */
class UserCacheFolderTest {
    @Test
    void eachSystemKeepsItWhereItsUsersLookForCaches() {
        assertThat(CheckCache.userFolder("Windows 11", Map.of("LOCALAPPDATA", "C:\\Users\\somchai\\AppData\\Local"),
                "C:\\Users\\somchai")).isEqualTo(Path.of("C:\\Users\\somchai\\AppData\\Local", "plan"));
        assertThat(CheckCache.userFolder("Mac OS X", Map.of(), "/Users/somchai"))
                .isEqualTo(Path.of("/Users/somchai/Library/Caches/plan"));
        assertThat(CheckCache.userFolder("Linux", Map.of(), "/home/somchai")).isEqualTo(Path.of("/home/somchai/.cache/plan"));
    }

    /** The shell's HOME, not the password file's (a service account's is /nonexistent). */
    @Test
    void homeAsTheShellHasItWinsOverJavasUserHomeExceptOnWindows() {
        assertThat(CheckCache.userFolder("Linux", Map.of("HOME", "/srv/plans"), "/nonexistent"))
                .isEqualTo(Path.of("/srv/plans/.cache/plan"));
        assertThat(CheckCache.userFolder("Mac OS X", Map.of("HOME", "/Users/x"), "/var/empty"))
                .isEqualTo(Path.of("/Users/x/Library/Caches/plan"));
        assertThat(CheckCache.userFolder("Windows 11", Map.of("HOME", "C:\\msys\\home"), "C:\\Users\\x"))
                .isEqualTo(Path.of("C:\\Users\\x", ".cache", "plan"));
    }

    /** A cache folder that cannot be made (a read-only HOME) leaves a build its state in the temporary folder. */
    @Test
    void aBuildWhoseCacheFolderCannotBeMadeKeepsItsStateInTheTemporaryFolder() {
        Path state = BuildState.of(Path.of("site"), Map.of("PLAN_CACHE_DIR", "/proc/plan-cannot-be-made"));
        assertThat(state).startsWithRaw(Path.of(System.getProperty("java.io.tmpdir"), "plan-cache-" + System.getProperty("user.name", "user")));
        assertThat(BuildState.of(Path.of("site"), Map.of("PLAN_CACHE_DIR", System.getProperty("java.io.tmpdir"))))
                .startsWithRaw(Path.of(System.getProperty("java.io.tmpdir"), "builds"));
    }

    @Test
    void xdgCacheHomeWinsWhereverItIsSetAndNoHomeMeansNoFolder() {
        assertThat(CheckCache.userFolder("Linux", Map.of("XDG_CACHE_HOME", "/srv/cache"), "/home/somchai"))
                .isEqualTo(Path.of("/srv/cache/plan"));
        assertThat(CheckCache.userFolder("Windows 11", Map.of("XDG_CACHE_HOME", "D:\\cache"), ""))
                .isEqualTo(Path.of("D:\\cache", "plan"));
        assertThat(CheckCache.userFolder("Linux", Map.of(), "")).isNull();
        assertThat(CheckCache.userFolder("Windows 11", Map.of(), "")).isNull();
    }
}
