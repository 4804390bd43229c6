package plan.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * How a file looks without reading it: size, modification time (as fine as the file system keeps
 * it) and identity (device and inode). The same look means the same bytes, as make and git
 * assume, except for a file written again within the clock tick of its last write: a look taken
 * less than {@link #SETTLED_MILLIS} after the file's modification is not to be trusted later.
 */
public record FileLook(long size, long modifiedNanos, String identity) {
    static final long SETTLED_MILLIS = 2_000;

    /** The look of a regular file, or null (missing, not regular, unreadable). */
    public static FileLook of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                return null;
            }
            return new FileLook(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), String.valueOf(a.fileKey()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** True when the file was last modified long enough before {@code nowMillis} for the look to be trusted later. */
    public boolean settled(long nowMillis) {
        return modifiedNanos / 1_000_000 + SETTLED_MILLIS < nowMillis;
    }

    /** One line of text (no tabs or line ends). */
    public String text() {
        // Made for every file on every run: a plain loop, and no pattern compiled when (as always
        // on Linux) there is no space.
        String id = identity;
        for (int i = 0; i < id.length(); i++) {
            if (Character.isWhitespace(id.charAt(i))) {
                id = identity.replaceAll("[\\s]", "_");
                break;
            }
        }
        return size + " " + modifiedNanos + " " + id;
    }
}
