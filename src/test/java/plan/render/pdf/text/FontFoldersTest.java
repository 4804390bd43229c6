package plan.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The font folders `--font FAMILY` searches, per operating system (Windows and macOS cannot be run here). */
class FontFoldersTest {
    @Test
    void windowsHasTheSystemsFolderAndTheUsersOwn() {
        assertThat(FontFolders.of("Windows 11", Map.of("WINDIR", "C:\\Windows", "LOCALAPPDATA",
                "C:\\Users\\somchai\\AppData\\Local"), "C:\\Users\\somchai"))
                .containsExactly(Path.of("C:\\Windows", "Fonts"),
                        Path.of("C:\\Users\\somchai\\AppData\\Local", "Microsoft", "Windows", "Fonts"));
        // Without WINDIR, SystemRoot; without LOCALAPPDATA, the system's folder alone.
        assertThat(FontFolders.of("Windows 10", Map.of("SystemRoot", "D:\\WIN"), ""))
                .containsExactly(Path.of("D:\\WIN", "Fonts"));
    }

    @Test
    void macOsHasTheLibraryFolders() {
        assertThat(FontFolders.of("Mac OS X", Map.of(), "/Users/somchai")).containsExactly(Path.of("/Library/Fonts"),
                Path.of("/Users/somchai/Library/Fonts"), Path.of("/System/Library/Fonts"));
    }

    @Test
    void linuxHasTheFontconfigFolders() {
        assertThat(FontFolders.of("Linux", Map.of("WINDIR", "C:\\Windows"), "/home/somchai")).containsExactly(
                Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"), Path.of("/home/somchai/.fonts"),
                Path.of("/home/somchai/.local/share/fonts"));
    }
}
