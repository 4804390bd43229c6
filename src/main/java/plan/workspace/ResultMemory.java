package plan.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import plan.diag.Diagnostic;
import plan.diag.Source;
import plan.model.Value;

/**
 * What a workspace needs remembered of each file's own check, in plain data, so that an unchanged
 * file is neither read nor checked again: a result under a key the workspace makes of everything
 * it depends on (see {@link RememberedChecks}), in two parts, the head every run reads and the
 * body only a model needs. How and where results are kept (as bytes in a build's state folder,
 * the user's cache folder, memory) is the cache package's business: the pipeline owns this
 * interface and depends on no way of remembering. Called from several threads at once.
 */
public interface ResultMemory {
    /** Remembers nothing: every file is checked, and none is hashed. */
    ResultMemory NONE = new ResultMemory() {
        @Override
        public boolean remembers() {
            return false;
        }

        @Override
        public Head head(String key) {
            return null;
        }

        @Override
        public Body body(String key) {
            return null;
        }

        @Override
        public boolean remember(String key, CrossFileFacts facts, List<Diagnostic> found, Body body) {
            return false;
        }
    };

    /**
     * What every run reads of a remembered result: what the rules across files need, the file's
     * own findings (before any policy) and a text holding the lines they point at (the others empty).
     */
    record Head(CrossFileFacts facts, List<Diagnostic> found, Source excerpt) {
    }

    /** The file's text and bound tree (the typed plan or framework is a view of it): read only when the model is wanted. */
    record Body(Source source, Value.Mapping tree) {
    }

    /** False for a memory that remembers nothing: the workspace then neither hashes files nor asks it. */
    default boolean remembers() {
        return true;
    }

    /**
     * The SHA-256 (hex) of a file's bytes when the memory knows the file has not changed since it
     * was hashed; else null and the workspace reads and hashes the file. This is what lets a run
     * read only the files that changed.
     */
    default String knownHash(Path file) {
        return null;
    }

    /**
     * Called just before the workspace reads {@code file} to hash it; what it returns is given the
     * hash of the bytes read. Whatever the memory notes of the file is taken before the read, so a
     * write during the read makes the note stale, not wrong.
     */
    default Consumer<String> reading(Path file) {
        return hash -> {
        };
    }

    /** True when a result is remembered under {@code key} (without reading it). */
    default boolean has(String key) {
        return head(key) != null;
    }

    /** The head of the result remembered under {@code key}, or null (none, or unreadable). */
    Head head(String key);

    /** The body of the result remembered under {@code key}, or null (none, or unreadable). */
    Body body(String key);

    /**
     * Remembers a file's own result under {@code key}.
     *
     * @return true when {@link #head} and {@link #body} give it back for the rest of the run (the
     *         workspace may then let go of the file's model and make it again from here when needed)
     */
    boolean remember(String key, CrossFileFacts facts, List<Diagnostic> found, Body body);
}
