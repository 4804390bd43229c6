package plan.diag;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why the file system refused, without the path it was asked for: that path is often a
 * temporary file or staging folder the user never named, so the message names the user's file
 * and takes only the reason from here.
 */
public final class IoReason {
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
            return Message.of("io.as-given", f.getReason()); // the system's own words
        }
        return Message.of("io.as-given", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
