package plan.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Check results remembered on disk, one file per result named by its key (a hash of the plan
 * file's bytes, name, limits and the tool: see the workspace), so that a file not changed since
 * an earlier run is neither loaded nor checked again. A build keeps them in
 * its state folder ({@link BuildState}, never in its output); {@code plan check} in the user's cache folder. Each result is
 * written to a temporary file and renamed into place: two runs at once, or a run killed half-way,
 * leave whole results or none. A result that cannot be read is checked again; the folder may be
 * deleted at any time. Beside the results, an index of the files hashed ({@link #INDEX}): a file
 * that looks as it did then (size, modification time, identity) is taken to have the same bytes
 * and is not read at all; and the heads of the results the last run used, in one file
 * ({@link HeadPack}), so that a rebuild reads one file for the heads of all its unchanged plans.
 */
public final class CheckCache implements CheckMemo {
    /** Beside the records named by plan id: an id starts with a letter, so it can never be this name. */
    public static final String FOLDER = ".check";
    /** The index of hashed files, beside the results (whose names are 64 hex digits). */
    public static final String INDEX = "files";
    /** The pack of the heads the last run used ({@link HeadPack}), beside the index. */
    public static final String HEADS = HeadPack.NAME;
    private static final String INDEX_HEADER = "plan-check-files 1";
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final Path folder;
    private final String identity;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Set<String> recalled = ConcurrentHashMap.newKeySet();
    /** The results read whole (their bodies wanted: a model made), each once. */
    private final Set<String> readWhole = ConcurrentHashMap.newKeySet();
    /** The files hashed before, by absolute path: how each looked then and its hash (see {@link FileLook}). */
    private Map<String, Hashed> files;
    /** The heads the last run used, read on the first head wanted. */
    private volatile HeadPack pack;
    /** The heads this run used (recalled or remembered), by key: the next run's pack. */
    private final Map<String, byte[]> headsUsed = new ConcurrentHashMap<>();
    private volatile boolean filesChanged;

    /** A file as it was hashed. */
    private record Hashed(String look, String hash) {
    }
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
     * The results of builds into {@code out}: {@code .check/} in the build's state folder (see
     * {@link BuildState}). Null when the running code has no identity (see {@link #identity}) or a
     * link stands where a folder of the cache belongs: nothing is read or written through a link.
     */
    public static CheckCache ofBuild(Path out, String toolVersion) {
        String identity = identity(toolVersion);
        Path state = BuildState.of(out);
        if (identity == null || Files.isSymbolicLink(state) || Files.isSymbolicLink(state.resolve(FOLDER))) {
            return null;
        }
        return new CheckCache(state.resolve(FOLDER), identity);
    }

    /**
     * The results of {@code plan check}: {@code $PLAN_CACHE_DIR/check/}, else the user's cache
     * folder's {@code plan/check/} ({@link #userFolder}). Null when the running code has no
     * identity or no cache folder is known.
     */
    public static CheckCache ofUser(String toolVersion, Map<String, String> environment) {
        String identity = identity(toolVersion);
        Path base = nonEmpty(environment.get("PLAN_CACHE_DIR")) ? Path.of(environment.get("PLAN_CACHE_DIR"))
                : userFolder(System.getProperty("os.name", ""), environment, System.getProperty("user.home", ""));
        return identity == null || base == null ? null
                : new CheckCache(base.toAbsolutePath().normalize().resolve("check"), identity);
    }

    /**
     * plan's folder in the user's cache, where each system keeps such things:
     * {@code %LOCALAPPDATA%\plan} on Windows, {@code ~/Library/Caches/plan} on macOS,
     * {@code $XDG_CACHE_HOME/plan} or {@code ~/.cache/plan} elsewhere (XDG_CACHE_HOME counts on
     * every system that sets it; {@code ~} is {@code $HOME} where it is set, else Java's user.home). Null when none is known. The installed launchers keep their
     * start-up caches beside it, in {@code startup/}.
     */
    static Path userFolder(String osName, Map<String, String> environment, String home) {
        if (nonEmpty(environment.get("XDG_CACHE_HOME"))) {
            return Path.of(environment.get("XDG_CACHE_HOME"), "plan");
        }
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") && nonEmpty(environment.get("LOCALAPPDATA"))) {
            return Path.of(environment.get("LOCALAPPDATA"), "plan");
        }
        // HOME as the shell has it: Java's user.home is the password file's, which for a service
        // account (nobody: /nonexistent) or a HOME set for one command is not the folder meant.
        if (!os.startsWith("windows") && nonEmpty(environment.get("HOME"))) {
            home = environment.get("HOME");
        }
        if (!nonEmpty(home)) {
            return null;
        }
        return os.startsWith("mac") ? Path.of(home, "Library", "Caches", "plan") : Path.of(home, ".cache", "plan");
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
        String code = jarIdentity();
        return code == null ? null : toolVersion + "/" + code;
    }

    /** What the workspace's keys include of the tool. */
    public String identity() {
        return identity;
    }

    /** How many results this run took from the cache (each once, however often its model was made again). */
    public int recalled() {
        return recalled.size();
    }

    /** How many results this run read whole, for the text or model of a file (each once). */
    public int readWhole() {
        return readWhole.size();
    }

    @Override
    public byte[] recall(String key) {
        byte[] bytes = recallStart(key, Integer.MAX_VALUE);
        if (bytes != null) {
            readWhole.add(key);
        }
        return bytes;
    }

    @Override
    public boolean has(String key) {
        return Files.isRegularFile(folder.resolve(key), NOFOLLOW);
    }

    @Override
    public byte[] recallStart(String key, int length) {
        if (length < Integer.MAX_VALUE) { // a head is wanted: the pack has it, unless the file is new
            byte[] head = pack().head(key);
            if (head != null && head.length <= length) {
                used.add(key);
                recalled.add(key);
                headsUsed.put(key, head);
                return head;
            }
        }
        // A plain file stream: a channel's stream costs more to open and close than the few
        // kilobytes a head takes.
        try (java.io.InputStream in = new java.io.FileInputStream(folder.resolve(key).toFile())) {
            byte[] bytes = in.readNBytes(length);
            used.add(key);
            recalled.add(key);
            byte[] head = HeadPack.headOf(bytes);
            if (head != null) {
                headsUsed.put(key, head);
            }
            return bytes;
        } catch (IOException e) {
            return null;
        }
    }

    /** The pack of the heads the last run used, read once per run; a missing or damaged pack is an empty one. */
    private HeadPack pack() {
        HeadPack known = pack;
        if (known != null) {
            return known; // asked for every plan, from every thread: no lock once read
        }
        synchronized (this) {
            if (pack == null) {
                try (java.io.InputStream in = new java.io.FileInputStream(folder.resolve(HeadPack.NAME).toFile())) {
                    pack = HeadPack.of(in.readAllBytes());
                } catch (IOException | RuntimeException e) {
                    pack = HeadPack.EMPTY;
                }
            }
            return pack;
        }
    }

    @Override
    public String knownHash(Path file) {
        Hashed h = files().get(file.toAbsolutePath().normalize().toString());
        if (h == null) {
            return null;
        }
        FileLook look = FileLook.of(file);
        return look != null && look.text().equals(h.look()) ? h.hash() : null;
    }

    @Override
    public void hashed(Path file, FileLook look, String hash) {
        // A file modified moments ago might change again within the same clock tick: not trusted later.
        if (look.settled(System.currentTimeMillis())) {
            files().put(file.toAbsolutePath().normalize().toString(), new Hashed(look.text(), hash));
            filesChanged = true;
        }
    }

    /** The index of hashed files, read once per run; a damaged index is an empty one. */
    private synchronized Map<String, Hashed> files() {
        if (files == null) {
            files = new ConcurrentHashMap<>();
            try {
                List<String> lines = Files.readAllLines(folder.resolve(INDEX));
                if (!lines.isEmpty() && lines.get(0).equals(INDEX_HEADER)) {
                    for (String line : lines.subList(1, lines.size())) {
                        String[] parts = line.split("\t", 3);
                        if (parts.length == 3 && parts[0].length() == 64) {
                            files.put(parts[2], new Hashed(parts[1], parts[0]));
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // No index yet, or not readable: every file is read and hashed.
            }
        }
        return files;
    }

    /**
     * Writes the index of hashed files when this run added to it, and the pack of heads when this
     * run used other results than it holds (each a temporary file renamed into place).
     */
    public void save() {
        savePack();
        if (!filesChanged || !writable) {
            return;
        }
        StringBuilder text = new StringBuilder(INDEX_HEADER).append('\n');
        new java.util.TreeMap<>(files()).forEach((path, h) -> {
            if (!path.contains("\n") && !path.contains("\t")) {
                text.append(h.hash()).append('\t').append(h.look()).append('\t').append(path).append('\n');
            }
        });
        try {
            Files.createDirectories(folder);
            writeWhole(INDEX, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // The next run reads and hashes every file again; nothing is wrong.
        }
    }

    /** The heads this run used, as the next run's pack: written when they are not the ones it holds. */
    private void savePack() {
        if (!writable || headsUsed.isEmpty() || pack().keys().equals(headsUsed.keySet())) {
            return;
        }
        try {
            Files.createDirectories(folder);
            writeWhole(HeadPack.NAME, HeadPack.encode(headsUsed));
        } catch (IOException | RuntimeException e) {
            // The next run reads each head from its result; nothing is wrong.
        }
    }

    /** Writes {@code name} in the folder whole or not at all: a temporary file renamed into place. */
    private void writeWhole(String name, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(folder, name, ".tmp");
        try {
            Files.write(temporary, bytes);
            Path target = folder.resolve(name);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
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
            writeWhole(key, result);
            byte[] head = HeadPack.headOf(result);
            if (head != null) {
                headsUsed.put(key, head);
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
                String name = f.getFileName().toString();
                boolean result = HeadPack.isKey(name);
                if ((result && !used.contains(name)) || name.endsWith(".tmp")) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Left for the next build to clear.
        }
    }
    /** The running jar's size and time; null when the code is not a jar (a folder of classes). */
    static String jarIdentity() {
        try {
            Path code = Path.of(CheckCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
