package plan.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import plan.render.site.Documents;

/**
 * Documents kept in memory, for a live preview that renders again on every save: the last
 * published state, and the key each plan's documents were made under, so an unchanged plan is
 * not rendered again. Thread-safe.
 */
public final class MemoryPublisher implements Publisher {
    private record Made(String key, Documents documents) {
    }

    private final Map<String, Made> published = new HashMap<>();
    private Documents publishedSite = Documents.NONE;
    private final Map<String, Made> pending = new HashMap<>();
    private Documents pendingSite = Documents.NONE;
    private final List<String> names = new ArrayList<>();

    @Override
    public synchronized boolean holds(String id, String key, Collection<String> names) {
        Made made = published.get(id);
        return made != null && made.key().equals(key) && made.documents().names().containsAll(names);
    }

    @Override
    public synchronized void plan(String id, String key, Documents documents) {
        pending.put(id, new Made(key, documents));
    }

    @Override
    public synchronized void site(Documents documents) {
        pendingSite = pendingSite.plus(documents);
    }

    @Override
    public synchronized void publish() {
        names.clear();
        pending.values().forEach(m -> names.addAll(m.documents().names()));
        names.addAll(pendingSite.names());
        names.sort(null);
        published.putAll(pending);
        publishedSite = pendingSite;
        pending.clear();
        pendingSite = Documents.NONE;
    }

    @Override
    public synchronized List<String> published() {
        return List.copyOf(names);
    }

    /** Everything published so far: every plan's documents, the index and the assets. */
    public synchronized Documents documents() {
        Documents all = Documents.NONE;
        for (Made made : published.values()) {
            all = all.plus(made.documents());
        }
        return all.plus(publishedSite);
    }

    @Override
    public synchronized void close() {
        pending.clear();
        pendingSite = Documents.NONE;
    }
}
