package plan.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the inputs and calls back after each change, once the files have been quiet for the
 * debounce time. The file system's notifications (inotify through WatchService) only wake it up:
 * what changed is always decided by comparing snapshots, so an editor's temporary files, a burst
 * of saves, or a notification lost (network mounts have none) cannot make it miss or repeat a
 * render. Polling at {@link ServeOptions#poll()} (longer for a folder slow to look at) is the fallback.
 */
final class InputWatcher implements AutoCloseable {
    private final WatchedInputs inputs;
    private final ServeOptions options;
    /** Called after each change. */
    private final Consumer<Change> changed;
    private final WatchService watch;
    private final Set<Path> registered = new HashSet<>();
    private final Thread thread;
    private volatile boolean running = true;
    /** The wait between looks, set after each look from how long it took (see {@link #pollInterval}). */
    private long pollMillis;
    private InputSnapshot last;

    /**
     * What changed.
     *
     * @param others true when files beyond the plans changed (settings, templates): everything
     *               is checked and rendered again
     * @param plans  the plan files saved, added, deleted or renamed (absolute, normalized)
     */
    record Change(boolean others, Set<Path> plans) {
        Change {
            plans = Set.copyOf(plans);
        }
    }

    /** @param before the plans as they were read for the first render (the other inputs are known only after it) */
    InputWatcher(WatchedInputs inputs, InputSnapshot before, ServeOptions options, Consumer<Change> changed) {
        this.inputs = inputs;
        this.options = options;
        this.changed = changed;
        this.watch = options.notifications() ? newWatchService() : null;
        InputSnapshot now = inputs.snapshot();
        register(now);
        this.last = new InputSnapshot(before.plans(), now.others());
        this.pollMillis = options.poll().toMillis();
        this.thread = Thread.ofPlatform().daemon().name("plan-serve-watcher").unstarted(this::loop);
    }

    void start() {
        thread.start();
    }

    /** True when changes are found by polling alone: no notifications asked for, or none to be had. */
    boolean polling() {
        return watch == null;
    }

    private void loop() {
        while (running) {
            try {
                if (awaitEvent()) {
                    quiet();
                }
                long started = System.nanoTime();
                InputSnapshot now = inputs.snapshot();
                pollMillis = pollInterval(options.poll().toMillis(), (System.nanoTime() - started) / 1_000_000);
                if (!now.equals(last)) {
                    Change change = new Change(now.othersChangedSince(last), now.plansChangedSince(last));
                    last = now;
                    changed.accept(change);
                    register(inputs.snapshot()); // after the render: template folders it named are watched too
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (RuntimeException e) {
                // Keep watching: the next save may mend whatever went wrong.
                System.err.println("plan: " + e);
            }
        }
    }

    /**
     * How long to wait between two looks at every input: the interval asked for, or longer when
     * one look takes long enough (a folder of a thousand plans: a walk and a thousand file
     * attributes) that looking every interval would keep a core busy while nothing changes; at
     * most about 2 % of a core. Notifications, where the file system gives them, still come at once.
     */
    static long pollInterval(long askedMillis, long lookMillis) {
        return Math.max(askedMillis, 50 * lookMillis);
    }

    /** Waits for a notification or the polling interval; true on a notification. */
    private boolean awaitEvent() throws InterruptedException {
        if (watch == null) {
            Thread.sleep(pollMillis);
            return false;
        }
        WatchKey key = watch.poll(pollMillis, TimeUnit.MILLISECONDS);
        if (key == null) {
            return false;
        }
        drain(key);
        return true;
    }

    /** Waits until no notification came for the debounce time: the end of a burst of saves. */
    private void quiet() throws InterruptedException {
        if (watch == null) {
            return;
        }
        WatchKey key;
        while ((key = watch.poll(options.debounce().toMillis(), TimeUnit.MILLISECONDS)) != null) {
            drain(key);
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    private void register(InputSnapshot snapshot) {
        if (watch == null) {
            return;
        }
        for (Path folder : inputs.trees()) {
            registerTree(folder, Integer.MAX_VALUE);
        }
        for (Path folder : inputs.folders(snapshot)) {
            registerTree(folder, 0);
        }
    }

    private void registerTree(Path folder, int depth) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> folders = Files.walk(folder, depth)) {
            folders.filter(Files::isDirectory).filter(registered::add).forEach(f -> {
                try {
                    f.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
                } catch (IOException e) {
                    registered.remove(f); // too many watches, or gone: polling still sees it
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // unreadable: polling covers it
        }
    }

    private static WatchService newWatchService() {
        try {
            return FileSystems.getDefault().newWatchService();
        } catch (IOException | UnsupportedOperationException e) {
            return null; // polling alone
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        if (watch != null) {
            try {
                watch.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
