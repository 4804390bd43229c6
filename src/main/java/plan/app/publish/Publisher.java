package plan.app.publish;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import plan.render.site.Documents;

/**
 * Where a build's documents go, and what it remembers of them: a folder for {@code plan build}
 * ({@link FolderPublisher}), memory for a live preview ({@link MemoryPublisher}), a shard's
 * folder for a sharded build. Rendering hands over each plan's documents as soon as they are
 * made (so a large build never holds them all); nothing becomes visible before {@link #publish}.
 */
public interface Publisher extends AutoCloseable {
    /**
     * True when the documents {@code names} of plan {@code id}, made under {@code key}, are
     * already published, unchanged since: the plan need not be rendered again.
     */
    boolean holds(String id, String key, Collection<String> names);

    /** The documents of plan {@code id}, made under {@code key}. Called from several threads at once. */
    void plan(String id, String key, Documents documents) throws IOException;

    /**
     * As {@link #plan(String, String, Documents)}, with the plan's row of the site index (strings,
     * none null), which a publisher that remembers keys keeps beside the key: a later build whose
     * key is the same makes the index from it (see {@link #row}), without the plan's model.
     */
    default void plan(String id, String key, Documents documents, List<String> row) throws IOException {
        plan(id, key, documents);
    }

    /**
     * The index row of plan {@code id} as this run knows it beside the plan's current key: handed
     * over with its documents, or kept with the key {@link #holds} found current. Empty when none
     * is known (a plan not handled in this run, a record without a row): the index then makes the
     * row from the plan's model.
     */
    default List<String> row(String id) {
        return List.of();
    }

    /** The site's own documents (index, assets): published after every plan's. */
    void site(Documents documents) throws IOException;

    /**
     * Says which plans the build was given (all of them, rendered or not): {@link #publish} then
     * removes what it published earlier for any other plan (deleted or renamed since). Without
     * this call nothing is removed.
     */
    default void keepOnly(java.util.Set<String> planIds) {
    }

    /**
     * Says which formats the whole build makes: {@link #publish} then removes what it published
     * earlier in another format, of documents kept as they were too (a plan with errors), and the
     * site's own files it did not make again. Without this call nothing is removed for its format.
     */
    default void makes(java.util.Set<plan.render.site.OutputFormat> formats) {
    }

    /** Makes everything handed over visible; until then the previous state stays as it was. */
    void publish() throws IOException;

    /** The names published by {@link #publish}, sorted. */
    List<String> published();

    /** Ends the publisher; what was handed over but not published is dropped. */
    @Override
    void close() throws IOException;
}
