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
import java.nio.file.attribute.BasicFileAttributes;
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
 * ({@link CacheRecord}, all in one file: {@link RecordPack}) that let a later build skip a plan.
 * The records are thus never newer than the documents they describe, and a publish cut short
 * leaves the previous records, which no longer match the new documents' hashes: nothing is
 * skipped wrongly.
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
    /** The records of the builds before this one, as text by id: read on first use. */
    private volatile Map<String, String> previous;
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

    /** The records of the builds before, by id (none when the state folder is not a folder of its own). */
    private Map<String, String> previous() {
        Map<String, String> known = previous;
        if (known != null) {
            return known; // asked for every plan, from every thread: no lock once read
        }
        synchronized (this) {
            if (previous == null) {
                previous = cacheIsAFolder() ? RecordPack.read(state) : Map.of();
            }
            return previous;
        }
    }

    @Override
    public boolean holds(String id, String key, Collection<String> names) {
        CacheRecord record = record(id);
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
        // A rename cannot replace what blocks a document: found before the first move, nothing changes.
        for (String name : documents) {
            refuseIfBlocked(name);
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
        Map<String, String> next = new TreeMap<>(previous());
        for (Map.Entry<String, CacheRecord> r : records.entrySet()) {
            // A re-rendered plan's documents it no longer has (renamed files are another plan's id).
            CacheRecord old = record(r.getKey());
            if (old != null) {
                removeWritten(old, r.getValue().hashes().keySet());
            }
            // With how its documents look now that they are in place (see CacheRecord).
            next.put(r.getKey(), r.getValue().placed(root).text());
        }
        removeOthers(next);
        List<Path> legacy = RecordPack.legacyFiles(state);
        if (!next.equals(previous()) || !legacy.isEmpty()) {
            // Written after the documents are in place, and only then: it never describes more than is there.
            Path staged = Files.createTempFile(state, ".record-", ".tmp");
            Files.write(staged, RecordPack.encode(next));
            mover.move(staged, state.resolve(RecordPack.NAME));
            for (Path old : legacy) {
                Files.deleteIfExists(old); // an earlier version's record, now in the pack
            }
        }
        published = handed.stream().sorted().toList();
    }

    @Override
    public void keepOnly(Set<String> planIds) {
        given = Set.copyOf(planIds);
    }

    /** The record of plan {@code id} the builds before this one left, or null (none, or not readable). */
    private CacheRecord record(String id) {
        String text = previous().get(id);
        return text == null ? null : CacheRecord.parse(text);
    }

    /** The documents and records (in {@code next}) of plans the build was not given: gone, where this tool wrote them. */
    private void removeOthers(Map<String, String> next) throws IOException {
        Set<String> keep = given;
        if (keep == null || !cacheIsAFolder()) {
            return;
        }
        List<String> stale = next.keySet().stream().filter(id -> !keep.contains(id) && !records.containsKey(id)).toList();
        for (String id : stale) {
            CacheRecord old = record(id);
            if (old != null) {
                removeWritten(old, Set.of());
            }
            next.remove(id);
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
        try {
            realFolders(root.relativize(target.getParent()));
            mover.move(staging.resolve(name), target);
        } catch (IOException e) {
            throw RefusedDocument.whileMoving(name, e);
        }
    }

    /**
     * Refuses document {@code name} when what stands at its place, or at a folder on its way, is
     * not what the move replaces or makes: a file or a link where the document goes, a folder or
     * a link (made a folder, see {@link #realFolders}) on the way, or nothing.
     */
    private void refuseIfBlocked(String name) throws RefusedDocument {
        Path relative = Path.of(name);
        Path at = root;
        for (int i = 0; i < relative.getNameCount(); i++) {
            at = at.resolve(relative.getName(i));
            BasicFileAttributes found;
            try {
                found = Files.readAttributes(at, BasicFileAttributes.class, NOFOLLOW);
            } catch (IOException nothingThere) {
                return;
            }
            boolean last = i == relative.getNameCount() - 1;
            if (found.isSymbolicLink() || last && found.isRegularFile()) {
                return;
            }
            if (last) {
                throw RefusedDocument.notAFile(name);
            }
            if (!found.isDirectory()) {
                throw RefusedDocument.notAFolder(root.relativize(at).toString());
            }
        }
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
