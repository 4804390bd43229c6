package plan.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import plan.render.site.Documents;

/**
 * Publishes into the output folder, safely. Documents are first written into a staging folder
 * inside it; only when the whole build has succeeded are they moved into place, one atomic
 * rename each, the site's documents (the index) after the plans'. A failed build leaves the
 * previous site as it was. A lock file keeps two builds into the same folder from interleaving.
 * Nothing is ever written outside the folder. Each plan's record (the key its documents were
 * made under) is kept in {@code OUT/.plan-cache/ID}.
 */
public final class FolderPublisher implements Publisher {
    static final String LOCK = ".plan.lock";
    static final String CACHE = ".plan-cache";
    private static final String STAGING_PREFIX = ".plan-staging-";
    /** File locks are held per process; builds on threads of one process queue here first. */
    private static final Map<Path, ReentrantLock> IN_PROCESS =
            new ConcurrentHashMap<>();

    private final Path root;
    private final Path staging;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ReentrantLock local;
    private final Set<String> handed = new HashSet<>();
    private final Set<String> siteNames = new HashSet<>();
    private List<String> published = List.of();

    private FolderPublisher(Path root, Path staging, FileChannel lockChannel, FileLock lock,
                         ReentrantLock local) {
        this.root = root;
        this.staging = staging;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.local = local;
    }

    /** Opens (creating it) the folder, waiting while another build publishes there. */
    public static FolderPublisher open(Path out) throws IOException {
        Path root = out.toAbsolutePath().normalize();
        Files.createDirectories(root);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(root,
                r -> new ReentrantLock());
        local.lock();
        FileChannel channel;
        FileLock lock;
        try {
            channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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
            Path staging = Files.createTempDirectory(root, STAGING_PREFIX);
            return new FolderPublisher(root, staging, channel, lock, local);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            local.unlock();
            throw e;
        }
    }

    /** The folder published into. */
    Path root() {
        return root;
    }

    @Override
    public boolean holds(String id, String key, Collection<String> names) {
        Path recorded = root.resolve(CACHE).resolve(id);
        try {
            return Files.isRegularFile(recorded) && Files.readString(recorded).equals(key)
                    && names.stream().allMatch(name -> Files.isRegularFile(root.resolve(name)));
        } catch (IOException e) {
            return false; // unreadable record: build again
        }
    }

    @Override
    public void plan(String id, String key, Documents documents) throws IOException {
        write(documents);
        Files.writeString(stage(CACHE + "/" + id), key);
        synchronized (handed) {
            handed.addAll(documents.names());
        }
    }

    @Override
    public void site(Documents documents) throws IOException {
        write(documents);
        synchronized (handed) {
            handed.addAll(documents.names());
            siteNames.addAll(documents.names());
        }
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

    /** Moves every staged file into place: the plans' documents first, then the site's. */
    @Override
    public void publish() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(staging)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<Path> last = new ArrayList<>();
        for (Path file : files) {
            if (siteNames.contains(staging.relativize(file).toString())) {
                last.add(file);
            } else {
                move(file);
            }
        }
        for (Path file : last) {
            move(file);
        }
        published = handed.stream().sorted().toList();
    }

    @Override
    public List<String> published() {
        return published;
    }

    private void move(Path staged) throws IOException {
        Path target = root.resolve(staging.relativize(staged).toString());
        Files.createDirectories(target.getParent());
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
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

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
