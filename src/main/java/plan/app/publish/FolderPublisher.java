package plan.app.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import plan.cache.BuildState;
import plan.render.site.Documents;

/**
 * Publishes into the output folder, safely. Documents are first written into a staging folder
 * inside it; only when the whole build has succeeded are they moved into place, one atomic
 * rename each: the plans' documents, then the site's (the index), then the records
 * ({@code STATE/ID}, see {@link CacheRecord}) that let a later build skip a plan. A record is thus
 * never newer than the documents it describes, and a publish cut short leaves the previous
 * records, which no longer match the new documents' hashes: nothing is skipped wrongly.
 *
 * <p>The records, the lock and the check results live in the build's state folder
 * ({@link BuildState}), outside the output: the folder holds the site alone. The documents of a
 * plan the build was not given (deleted, renamed) are removed, each only while it is still the
 * file this tool wrote (its record's checksum): a file the build did not write is never touched.
 *
 * <p>A lock file keeps two builds into the same folder from interleaving. Nothing is written
 * outside the folder: a symbolic link inside it ({@code assets/}, a document) is replaced, never
 * followed.
 */
public final class FolderPublisher implements Publisher {
    /** In the state folder; a plan id starts with a letter, so no record can have this name. */
    static final String LOCK = ".lock";
    /** The state an earlier version kept inside the output folder: removed, so the site is clean to copy. */
    private static final List<String> OLD_STATE = List.of(".plan-cache", ".plan.lock");
    private static final String STAGING_PREFIX = ".plan-staging-";
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    /** File locks are held per process; builds on threads of one process queue here first. */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    /** Moves a staged file to its place; a test's mover can stop a publish half-way. */
    @FunctionalInterface
    interface Mover {
        void move(Path staged, Path target) throws IOException;
    }

    /** One rename each: a reader sees the old file or the new one, never a part. */
    static final Mover RENAME = (staged, target) -> {
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
        }
    };

    private final Path root;
    private final Path state;
    private final Path staging;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ReentrantLock local;
    private final Mover mover;
    private final Map<String, CacheRecord> records = new ConcurrentHashMap<>();
    /** The index rows kept beside the keys {@link #holds} found current in this run, by plan id. */
    private final Map<String, List<String>> currentRows = new ConcurrentHashMap<>();
    private final Set<String> handed = ConcurrentHashMap.newKeySet();
    private final Set<String> siteNames = ConcurrentHashMap.newKeySet();
    /** Whether the state folder is a folder (not a link) when the build starts: asked once, not for every plan. */
    private volatile Boolean cacheIsAFolder;
    /** The ids of every plan the build was given, or null: then no plan's documents are removed. */
    private volatile Set<String> given;
    private List<String> published = List.of();

    private FolderPublisher(Path root, Path state, Path staging, FileChannel lockChannel, FileLock lock, ReentrantLock local,
                            Mover mover) {
        this.root = root;
        this.state = state;
        this.staging = staging;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.local = local;
        this.mover = mover;
    }

    /** Opens (creating it) the folder, waiting while another build publishes there. */
    public static FolderPublisher open(Path out) throws IOException {
        return open(out, RENAME);
    }

    static FolderPublisher open(Path out, Mover mover) throws IOException {
        return open(out, BuildState.of(out), mover);
    }

    static FolderPublisher open(Path out, Path stateFolder, Mover mover) throws IOException {
        Path root = out.toAbsolutePath().normalize();
        Path state = stateFolder.toAbsolutePath().normalize();
        Files.createDirectories(root);
        Files.createDirectories(state);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(root, r -> new ReentrantLock());
        local.lock();
        FileChannel channel;
        FileLock lock;
        try {
            channel = openLockFile(state.resolve(LOCK));
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
        try {
            lock = channel.lock(); // waits for another process's build writing here
        } catch (IOException | RuntimeException e) {
            channel.close();
            local.unlock();
            throw e;
        }
        try {
            removeStaleStaging(root); // left by a build that was killed: we hold the lock now
            for (String old : OLD_STATE) {
                deleteTree(root.resolve(old));
            }
            Path staging = Files.createTempDirectory(root, STAGING_PREFIX);
            return new FolderPublisher(root, state, staging, channel, lock, local, mover);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            local.unlock();
            throw e;
        }
    }

    /** The lock file, never through a link: a link put there is removed first. */
    private static FileChannel openLockFile(Path file) throws IOException {
        for (int attempt = 0; ; attempt++) {
            if (Files.isSymbolicLink(file)) {
                Files.deleteIfExists(file);
            }
            try {
                return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, NOFOLLOW);
            } catch (IOException e) {
                // A link made between the check and the open (O_NOFOLLOW refused it): once more.
                if (attempt > 0 || !Files.isSymbolicLink(file)) {
                    throw e;
                }
            }
        }
    }

    private boolean cacheIsAFolder() {
        Boolean known = cacheIsAFolder;
        if (known == null) {
            known = Files.isDirectory(state, NOFOLLOW);
            cacheIsAFolder = known;
        }
        return known;
    }

    /** The folder published into. */
    Path root() {
        return root;
    }

    @Override
    public boolean holds(String id, String key, Collection<String> names) {
        Path file = state.resolve(id);
        if (!cacheIsAFolder() || !Files.isRegularFile(file, NOFOLLOW)) {
            return false;
        }
        CacheRecord record;
        try {
            record = CacheRecord.parse(readRecord(file));
        } catch (IOException e) {
            return false; // unreadable record: build again
        }
        if (record == null || !record.key().equals(key)) {
            return false;
        }
        for (String name : names) { // asked of every plan in a rebuild: a loop, not a stream
            if (!record.matches(name, root.resolve(name))) {
                return false;
            }
        }
        currentRows.put(id, record.row());
        return true;
    }

    /**
     * A record's text, through a plain file stream: a rebuild reads one per plan, and a channel's
     * stream costs more to open and close than the few hundred bytes it reads.
     */
    private static String readRecord(Path file) throws IOException {
        try (java.io.FileInputStream in = new java.io.FileInputStream(file.toFile())) {
            // Malformed bytes are an unreadable record (as Files.readString has them), not a row with U+FFFD.
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        }
    }

    @Override
    public void plan(String id, String key, Documents documents) throws IOException {
        plan(id, key, documents, List.of());
    }

    @Override
    public void plan(String id, String key, Documents documents, List<String> row) throws IOException {
        write(documents);
        records.put(id, CacheRecord.of(key, documents, row));
        handed.addAll(documents.names());
    }

    @Override
    public List<String> row(String id) {
        CacheRecord handedOver = records.get(id);
        return handedOver != null ? handedOver.row() : currentRows.getOrDefault(id, List.of());
    }

    @Override
    public void site(Documents documents) throws IOException {
        write(documents);
        handed.addAll(documents.names());
        siteNames.addAll(documents.names());
    }

    private void write(Documents documents) throws IOException {
        for (String name : documents.names()) {
            Files.write(stage(name), documents.bytes(name));
        }
    }

    /** The staged path of an output file, refusing any name that would leave the folder. */
    private Path stage(String relative) throws IOException {
        Path target = staging.resolve(relative).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + relative);
        }
        Files.createDirectories(target.getParent());
        return target;
    }

    /** Moves everything staged into place: plans' documents, the site's, then the records. */
    @Override
    public void publish() throws IOException {
        List<String> documents;
        try (Stream<Path> walk = Files.walk(staging)) {
            documents = walk.filter(Files::isRegularFile).map(p -> staging.relativize(p).toString()).sorted().toList();
        }
        List<String> site = new ArrayList<>();
        for (String name : documents) {
            if (siteNames.contains(name)) {
                site.add(name);
            } else {
                moveIntoPlace(name);
            }
        }
        for (String name : site) {
            moveIntoPlace(name);
        }
        Map<String, CacheRecord> before = new TreeMap<>();
        for (String id : records.keySet()) {
            before.put(id, record(id));
        }
        for (Map.Entry<String, CacheRecord> r : new TreeMap<>(records).entrySet()) {
            // Written after its documents are in place, with how they look there (see CacheRecord).
            Path staged = Files.createTempFile(state, ".record-", ".tmp");
            Files.writeString(staged, r.getValue().placed(root).text());
            mover.move(staged, state.resolve(r.getKey()));
        }
        // A re-rendered plan's documents it no longer has (renamed files are another plan's id).
        for (Map.Entry<String, CacheRecord> old : before.entrySet()) {
            if (old.getValue() != null) {
                removeWritten(old.getValue(), records.get(old.getKey()).hashes().keySet());
            }
        }
        removeOthers();
        published = handed.stream().sorted().toList();
    }

    @Override
    public void keepOnly(Set<String> planIds) {
        given = Set.copyOf(planIds);
    }

    /** The record of plan {@code id} in the state folder, or null. */
    private CacheRecord record(String id) {
        Path file = state.resolve(id);
        if (!cacheIsAFolder() || !Files.isRegularFile(file, NOFOLLOW)) {
            return null;
        }
        try {
            return CacheRecord.parse(readRecord(file));
        } catch (IOException e) {
            return null;
        }
    }

    /** The documents and records of plans the build was not given: gone, where this tool wrote them. */
    private void removeOthers() throws IOException {
        Set<String> keep = given;
        if (keep == null || !cacheIsAFolder()) {
            return;
        }
        List<String> stale;
        try (Stream<Path> list = Files.list(state)) {
            stale = list.map(p -> p.getFileName().toString())
                    .filter(id -> !id.startsWith(".") && !keep.contains(id) && !records.containsKey(id)).sorted().toList();
        }
        for (String id : stale) {
            CacheRecord old = record(id);
            if (old != null) {
                removeWritten(old, Set.of());
            }
            Files.deleteIfExists(state.resolve(id));
        }
    }

    /** Deletes each document of {@code old} not in {@code kept} that is still the file it records. */
    private void removeWritten(CacheRecord old, Set<String> kept) throws IOException {
        for (String name : old.hashes().keySet()) {
            Path file = root.resolve(name).normalize();
            if (!kept.contains(name) && !handed.contains(name) && file.startsWith(root) && old.matches(name, file)) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Override
    public List<String> published() {
        return published;
    }

    private void moveIntoPlace(String name) throws IOException {
        Path target = root.resolve(name);
        realFolders(root.relativize(target.getParent()));
        mover.move(staging.resolve(name), target);
    }

    /**
     * Makes each folder of {@code relative} (below the root) a real folder: a symbolic link there
     * would lead the rename outside the output folder, so it is removed and a folder made instead.
     */
    private void realFolders(Path relative) throws IOException {
        Path dir = root;
        for (Path part : relative) {
            if (part.toString().isEmpty()) {
                continue;
            }
            dir = dir.resolve(part);
            if (Files.isSymbolicLink(dir)) {
                Files.delete(dir);
            }
            if (!Files.isDirectory(dir, NOFOLLOW)) {
                try {
                    Files.createDirectory(dir);
                } catch (FileAlreadyExistsException e) {
                    throw new IOException(root.relativize(dir) + " in the output folder is a file where a folder"
                            + " belongs; remove it", e);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            deleteTree(staging);
        } finally {
            try {
                lock.release();
                lockChannel.close();
            } finally {
                local.unlock();
            }
        }
    }

    private static void removeStaleStaging(Path root) throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
                deleteTree(p);
            }
        }
    }

    /** Deletes a folder and what is in it; links are deleted, never followed. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, NOFOLLOW)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
