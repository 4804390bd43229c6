package plan.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to serve.
 *
 * @param paths       plan files and folders, as the user gave them
 * @param port        the port on 127.0.0.1; 0 picks a free one
 * @param templates   a template folder overriding the built-in templates, or null
 * @param toolVersion the tool's version (part of each plan's render key)
 * @param debounce    how long the inputs must stay quiet after a change before rendering: an
 *                    editor's save is often several writes and a rename
 * @param poll        how often inputs are compared with what was rendered, whatever the file
 *                    system's notifications say (they do not reach across network mounts)
 * @param notifications whether to listen to the file system's notifications at all; without
 *                    them (false, or none to be had) polling alone finds the changes
 */
public record ServeOptions(List<String> paths, int port, Path templates, String toolVersion,
                           Duration debounce, Duration poll, boolean notifications) {
    public static final Duration DEBOUNCE = Duration.ofMillis(30);
    public static final Duration POLL = Duration.ofMillis(500);

    public ServeOptions {
        paths = List.copyOf(paths);
    }

    public ServeOptions(List<String> paths, int port, Path templates, String toolVersion) {
        this(paths, port, templates, toolVersion, DEBOUNCE, POLL, true);
    }

    /** The same, finding changes by polling alone, as where the file system sends no notifications. */
    public ServeOptions pollingOnly() {
        return new ServeOptions(paths, port, templates, toolVersion, debounce, poll, false);
    }
}
