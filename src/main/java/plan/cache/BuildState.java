package plan.cache;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Where a build into {@code OUT} keeps what it remembers (the records of published documents,
 * the check results, the lock): never inside {@code OUT}, so that the site folder holds the site
 * alone and can be copied or published as it is. The folder is the user's cache folder's
 * {@code builds/HASH}, HASH naming the output folder's absolute path: each output folder has its
 * own state, and deleting it only makes the next build render everything again.
 */
public final class BuildState {
    private BuildState() {
    }

    /** The state folder of builds into {@code out}, in the cache folder {@link #userCache} names. */
    public static Path of(Path out) {
        return of(out, System.getenv());
    }

    static Path of(Path out, Map<String, String> environment) {
        Path root = out.toAbsolutePath().normalize();
        Path base = userCache(environment);
        if (base == null || !usable(base)) {
            // No home folder known (a bare container), or one that cannot be written (a read-only
            // HOME in CI): the state lasts as long as the temporary folder.
            base = Path.of(System.getProperty("java.io.tmpdir"), "plan-cache-" + System.getProperty("user.name", "user"));
        }
        return base.resolve("builds").resolve(hash(root.toString()));
    }

    /** Whether the cache folder exists, or can be made, and can be written. */
    private static boolean usable(Path base) {
        try {
            java.nio.file.Files.createDirectories(base);
            return java.nio.file.Files.isWritable(base);
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * The user's cache folder of plan: {@code $PLAN_CACHE_DIR}, else where the system keeps such
     * things ({@link CheckCache#userFolder}). Null when none is known.
     */
    static Path userCache(Map<String, String> environment) {
        String own = environment.get("PLAN_CACHE_DIR");
        Path base = own != null && !own.isBlank() ? Path.of(own)
                : CheckCache.userFolder(System.getProperty("os.name", ""), environment, System.getProperty("user.home", ""));
        return base == null ? null : base.toAbsolutePath().normalize();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
