package plan.diag;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why the file system refused, without the path it was asked for: that path is often a
 * temporary file or staging folder the user never named, so the message names the user's file
 * and takes only the reason from here.
 */
public final class IoReason {
    /**
     * The reasons systems give most, in their own (English) words, and the message that says them
     * in the reader's language: Linux and macOS name the error as strerror does, Windows in a
     * sentence. A reason not listed is passed on as given.
     */
    private static final List<Map.Entry<String, String>> KNOWN = List.of(
            Map.entry("not a directory", "io.not-folder"),
            Map.entry("is a directory", "io.is-folder"),
            Map.entry("permission denied", "io.denied"),
            Map.entry("operation not permitted", "io.denied"),
            Map.entry("access is denied", "io.denied"),
            Map.entry("no space left on device", "io.disk-full"),
            Map.entry("not enough space on the disk", "io.disk-full"),
            Map.entry("disk quota exceeded", "io.disk-full"),
            Map.entry("read-only file system", "io.read-only"),
            Map.entry("being used by another process", "io.in-use"),
            Map.entry("file name too long", "io.name-too-long"),
            Map.entry("no such file or directory", "io.missing"),
            Map.entry("directory not empty", "io.not-empty"));

    private IoReason() {
    }

    /** The reason in English (logs, and messages not yet worded in the reader's language). */
    public static String of(IOException e) {
        return new Messages(java.util.Locale.ENGLISH).format(message(e));
    }

    /** The reason as a message of the bundles, for a message worded in the reader's language. */
    public static Message message(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Message.of("io.denied");
        }
        if (e instanceof NoSuchFileException) {
            return Message.of("io.missing");
        }
        if (e instanceof FileAlreadyExistsException) {
            return Message.of("io.in-the-way");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return known(f.getReason());
        }
        return known(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** A system's reason in the reader's language where it is one of {@link #KNOWN}, else as given. */
    private static Message known(String reason) {
        String lower = reason.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> k : KNOWN) {
            if (lower.contains(k.getKey())) {
                return Message.of(k.getValue());
            }
        }
        return Message.of("io.as-given", reason); // the system's own words
    }
}
