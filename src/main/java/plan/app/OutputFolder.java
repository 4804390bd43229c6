package plan.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * The output folder, written safely. Files are first written into a staging folder inside it;
 * only when the whole build has succeeded are they moved into place, one atomic rename each, the
 * index last. A failed build leaves the previous site as it was. A lock file keeps two builds
 * into the same folder from interleaving. Nothing is ever written outside the folder.
 */
final class OutputFolder implements AutoCloseable {
    static final String LOCK = ".plan.lock";
    private static final String STAGING_PREFIX = ".plan-staging-";
    /** File locks are held per process; builds on threads of one process queue here first. */
    private static final Map<Path, ReentrantLock> IN_PROCESS =
            new ConcurrentHashMap<>();

    private final Path root;
    private final Path staging;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ReentrantLock local;

    private OutputFolder(Path root, Path staging, FileChannel lockChannel, FileLock lock,
                         ReentrantLock local) {
        this.root = root;
        this.staging = staging;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.local = local;
    }

    static OutputFolder open(Path out) throws IOException {
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
            return new OutputFolder(root, staging, channel, lock, local);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            local.unlock();
            throw e;
        }
    }

    /** The published folder (what was there before this build, until commit). */
    Path root() {
        return root;
    }

    /** The staged path of an output file, refusing any name that would leave the folder. */
    Path stage(String relative) throws IOException {
        Path target = staging.resolve(relative).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + relative);
        }
        Files.createDirectories(target.getParent());
        return target;
    }

    /** Moves every staged file into place; {@code last} (the index) goes after all others. */
    void commit(String last) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(staging)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Path lastFile = last == null ? null : staging.resolve(last);
        for (Path file : files) {
            if (!file.equals(lastFile)) {
                publish(file);
            }
        }
        if (lastFile != null && Files.exists(lastFile)) {
            publish(lastFile);
        }
    }

    private void publish(Path staged) throws IOException {
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
