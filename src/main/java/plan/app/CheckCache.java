package plan.app;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import plan.workspace.CheckMemo;

/**
 * Check results remembered on disk, one file per result named by its key (a hash of the plan
 * file's bytes, name, limits and the tool: see the workspace), so that a file not changed since
 * an earlier run is neither loaded nor checked again. A build keeps them in
 * {@code OUT/.plan-cache/.check/}; {@code plan check} in the user's cache folder. Each result is
 * written to a temporary file and renamed into place: two runs at once, or a run killed half-way,
 * leave whole results or none. A result that cannot be read is checked again; the folder may be
 * deleted at any time.
 */
public final class CheckCache implements CheckMemo {
    /** Beside the records named by plan id: an id starts with a letter, so it can never be this name. */
    static final String FOLDER = ".check";
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final Path folder;
    private final String identity;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger recalled = new AtomicInteger();
    private volatile boolean writable = true;

    private CheckCache(Path folder, String identity) {
        this.folder = folder;
        this.identity = identity;
    }

    /** Results in {@code folder}, made by the tool {@code identity} (see {@link #identity}). */
    public static CheckCache in(Path folder, String identity) {
        return new CheckCache(folder.toAbsolutePath().normalize(), identity);
    }

    /**
     * The results of builds into {@code out}: {@code OUT/.plan-cache/.check/}. Null when the
     * running code has no identity (see {@link #identity}) or a link stands where a folder of the
     * cache belongs: nothing is read or written through a link.
     */
    public static CheckCache ofBuild(Path out, String toolVersion) {
        String identity = identity(toolVersion);
        Path root = out.toAbsolutePath().normalize();
        Path cache = root.resolve(FolderPublisher.CACHE);
        if (identity == null || Files.isSymbolicLink(cache) || Files.isSymbolicLink(cache.resolve(FOLDER))) {
            return null;
        }
        return new CheckCache(cache.resolve(FOLDER), identity);
    }

    /**
     * The results of {@code plan check}: {@code $PLAN_CACHE_DIR/check/}, else
     * {@code $XDG_CACHE_HOME/plan/check/}, else {@code ~/.cache/plan/check/}. Null when the
     * running code has no identity or no home folder is known.
     */
    public static CheckCache ofUser(String toolVersion, Map<String, String> environment) {
        String identity = identity(toolVersion);
        Path base;
        if (nonEmpty(environment.get("PLAN_CACHE_DIR"))) {
            base = Path.of(environment.get("PLAN_CACHE_DIR"));
        } else if (nonEmpty(environment.get("XDG_CACHE_HOME"))) {
            base = Path.of(environment.get("XDG_CACHE_HOME"), "plan");
        } else if (nonEmpty(System.getProperty("user.home"))) {
            base = Path.of(System.getProperty("user.home"), ".cache", "plan");
        } else {
            return null;
        }
        return identity == null ? null : new CheckCache(base.toAbsolutePath().normalize().resolve("check"), identity);
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isBlank();
    }

    /**
     * The tool as check results depend on it: its version and its jar (size and time, as the
     * render keys use). Null when the code is not a jar (classes in a folder, as in the tests):
     * a rule changed there would not change the identity, so nothing is remembered.
     */
    static String identity(String toolVersion) {
        String code = RenderKey.jarIdentity();
        return code == null ? null : toolVersion + "/" + code;
    }

    /** What the workspace's keys include of the tool. */
    public String identity() {
        return identity;
    }

    /** How many results this run took from the cache. */
    int recalled() {
        return recalled.get();
    }

    @Override
    public byte[] recall(String key) {
        Path file = folder.resolve(key);
        try {
            byte[] bytes = Files.readAllBytes(file);
            used.add(key);
            recalled.incrementAndGet();
            return bytes;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public boolean remember(String key, byte[] result) {
        used.add(key);
        if (!writable) {
            return false;
        }
        try {
            Files.createDirectories(folder);
            if (!Files.isDirectory(folder, NOFOLLOW)) {
                writable = false;
                return false;
            }
            Path temporary = Files.createTempFile(folder, key, ".tmp");
            try {
                Files.write(temporary, result);
                try {
                    Files.move(temporary, folder.resolve(key), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, folder.resolve(key), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written (read-only, full) only makes the next run slower.
            writable = false;
            return false;
        }
    }

    /**
     * Deletes the results this run did not use (those of files since changed or gone), and
     * temporary files left by a run that was killed: a build's cache holds what its plans are now.
     */
    public void keepOnlyUsed() {
        if (!Files.isDirectory(folder, NOFOLLOW)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                if (!used.contains(f.getFileName().toString())) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Left for the next build to clear.
        }
    }
}
