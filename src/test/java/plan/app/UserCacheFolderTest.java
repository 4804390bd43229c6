package plan.app;

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
