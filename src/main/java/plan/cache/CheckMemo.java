package plan.cache;

/**
 * Remembers what checking one file on its own found, keyed by a hash of everything that result
 * depends on (the file's bytes, its name and displayed path, the limits, the tool). A workspace
 * that finds a file's result here neither loads, binds nor checks it again; the rules across
 * files still run over every file. The caller decides where results live (a file beside a
 * build's output, a user's cache folder, memory) and for how long.
 */
public interface CheckMemo {
    /**
     * The SHA-256 (hex) of a file's bytes when the memo knows the file has not changed since it
     * was hashed (it looks as it did then: size, modification time, identity); else null and the
     * workspace reads and hashes the file. This is what lets a run read only the files that changed.
     */
    default String knownHash(java.nio.file.Path file) {
        return null;
    }

    /**
     * Tells the memo the hash of a file's bytes, read after the file looked as {@code look}
     * (taken before reading; see {@link FileLook}).
     */
    default void hashed(java.nio.file.Path file, FileLook look, String hash) {
    }

    /** Remembers nothing: every file is checked. */
    CheckMemo NONE = new CheckMemo() {
        @Override
        public byte[] recall(String key) {
            return null;
        }

        @Override
        public boolean remember(String key, byte[] result) {
            return false;
        }
    };

    /** True when a result is remembered under {@code key} (without reading it). */
    default boolean has(String key) {
        return recall(key) != null;
    }

    /** The result remembered under {@code key}, or null. Called from several threads at once. */
    byte[] recall(String key);

    /**
     * The first bytes of the result remembered under {@code key}, {@code length} of them or all
     * when it is shorter (fewer are allowed: the workspace then reads the whole result), or null:
     * a run that wants only a result's head need not read its body. Called from several threads
     * at once.
     */
    default byte[] recallStart(String key, int length) {
        return recall(key);
    }

    /**
     * Remembers {@code result} under {@code key}. Called from several threads at once.
     *
     * @return true when {@link #recall} gives it back for the rest of the run (the workspace may
     *         then let go of the file's model and make it again from here when needed)
     */
    boolean remember(String key, byte[] result);
}
