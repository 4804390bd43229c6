package plan.cache;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import plan.diag.Diagnostic;
import plan.workspace.CrossFileFacts;
import plan.workspace.ResultMemory;

/**
 * A workspace's {@link ResultMemory} that keeps each result as bytes ({@link CheckedCodec}), keyed
 * by a hash of everything that result depends on (the file's bytes, its name and displayed path,
 * the limits, the tool). An implementation says only where the bytes live (a file beside a
 * build's output, a user's cache folder, memory) and for how long; reading a head without its
 * body, and writing what cannot be written exactly not at all, are done here once.
 */
public interface CheckMemo extends ResultMemory {
    /** What is read of a remembered result to find its head: the heads of the seed plans take 1 to 4 KB. */
    int HEAD_BYTES = 8 * 1024;

    /**
     * Tells the memo the hash of a file's bytes, read after the file looked as {@code look}
     * (taken before reading; see {@link FileLook}).
     */
    default void hashed(Path file, FileLook look, String hash) {
    }

    @Override
    default Consumer<String> reading(Path file) {
        FileLook look = FileLook.of(file);
        return look == null ? hash -> {
        } : hash -> hashed(file, look, hash);
    }

    @Override
    default Head head(String key) {
        // The head is read on every run, the body (about 30 times larger) only when a model is wanted.
        byte[] known = recallStart(key, HEAD_BYTES);
        if (known != null && CheckedCodec.headEnd(known) > known.length) {
            known = recall(key); // a head larger than guessed
        }
        return known == null ? null : CheckedCodec.decodeHead(known);
    }

    @Override
    default Body body(String key) {
        byte[] known = recall(key);
        return known == null ? null : CheckedCodec.decodeBody(known);
    }

    @Override
    default boolean remember(String key, CrossFileFacts facts, List<Diagnostic> found, Body body) {
        byte[] result = CheckedCodec.encode(body.tree(), found, body.source(), facts);
        return result != null && remember(key, result);
    }

    /** Remembers nothing: every file is checked, and none is hashed. */
    CheckMemo NONE = new CheckMemo() {
        @Override
        public boolean remembers() {
            return false;
        }

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
    @Override
    default boolean has(String key) {
        return recall(key) != null;
    }

    /** The result remembered under {@code key}, or null. Called from several threads at once. */
    byte[] recall(String key);

    /**
     * The first bytes of the result remembered under {@code key}, {@code length} of them or all
     * when it is shorter (fewer are allowed: the whole result is then read), or null: a run that
     * wants only a result's head need not read its body. Called from several threads
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
