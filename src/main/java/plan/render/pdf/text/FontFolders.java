package plan.render.pdf.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where an operating system keeps installed fonts, searched by {@code --font FAMILY}: the
 * system's folders and the user's own, as each system's font installer puts them.
 */
final class FontFolders {
    private FontFolders() {
    }

    /** The folders of the running system. */
    static List<Path> ofThisSystem() {
        return of(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", ""));
    }

    /** The folders of the system named {@code osName} (as Java's os.name), for a user's home and environment. */
    static List<Path> of(String osName, Map<String, String> environment, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<Path> folders = new ArrayList<>();
        if (os.startsWith("windows")) {
            // Installed for all users, and (since Windows 10 1809) for the one user without
            // administrator rights, as an officer on a managed laptop installs fonts.
            String windir = environment.getOrDefault("WINDIR", environment.getOrDefault("SystemRoot", "C:\\Windows"));
            folders.add(Path.of(windir, "Fonts"));
            String local = environment.get("LOCALAPPDATA");
            if (local != null && !local.isBlank()) {
                folders.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
            }
        } else if (os.startsWith("mac")) {
            folders.add(Path.of("/Library/Fonts"));
            if (!home.isBlank()) {
                folders.add(Path.of(home, "Library", "Fonts"));
            }
            folders.add(Path.of("/System/Library/Fonts"));
        } else {
            folders.add(Path.of("/usr/share/fonts"));
            folders.add(Path.of("/usr/local/share/fonts"));
            if (!home.isBlank()) {
                folders.add(Path.of(home, ".fonts"));
                folders.add(Path.of(home, ".local", "share", "fonts"));
            }
        }
        return List.copyOf(folders);
    }
}
