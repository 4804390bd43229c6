package plan.app.publish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import plan.render.site.Documents;

/**
 * Documents kept in memory, for a live preview that renders again on every save: the last
 * published state, and the key each plan's documents were made under, so an unchanged plan is
 * not rendered again. A run publishes exactly the plans it handed over or found current: a plan
 * deleted, renamed or broken since the last run is no longer served. Thread-safe.
 */
public final class MemoryPublisher implements Publisher {
    private record Made(String key, Documents documents, List<String> row) {
    }

    private final Map<String, Made> published = new HashMap<>();
    private Documents publishedSite = Documents.NONE;
    private final Map<String, Made> pending = new HashMap<>();
    private Documents pendingSite = Documents.NONE;
    /** The plans of the current run, handed over or found current: what {@link #publish} keeps. */
    private final Set<String> seen = new HashSet<>();
    private final List<String> names = new ArrayList<>();

    @Override
    public synchronized boolean holds(String id, String key, Collection<String> names) {
        seen.add(id);
        Made made = published.get(id);
        return made != null && made.key().equals(key) && made.documents().names().containsAll(names);
    }

    @Override
    public synchronized void plan(String id, String key, Documents documents) {
        plan(id, key, documents, List.of());
    }

    @Override
    public synchronized void plan(String id, String key, Documents documents, List<String> row) {
        seen.add(id);
        pending.put(id, new Made(key, documents, List.copyOf(row)));
    }

    /** The row handed over in this run, else the one published with the plan's documents (found current, or last run's). */
    @Override
    public synchronized List<String> row(String id) {
        Made made = pending.containsKey(id) ? pending.get(id) : published.get(id);
        return made == null ? List.of() : made.row();
    }

    @Override
    public synchronized void site(Documents documents) {
        pendingSite = pendingSite.plus(documents);
    }

    @Override
    public synchronized void publish() {
        published.keySet().retainAll(seen);
        published.putAll(pending);
        publishedSite = pendingSite;
        names.clear();
        published.values().forEach(m -> names.addAll(m.documents().names()));
        names.addAll(publishedSite.names());
        names.sort(null);
        pending.clear();
        pendingSite = Documents.NONE;
        seen.clear();
    }

    @Override
    public synchronized List<String> published() {
        return List.copyOf(names);
    }

    /** Everything published so far: every plan's documents, the index and the assets. */
    public synchronized Documents documents() {
        List<Documents> parts = new ArrayList<>();
        published.values().forEach(made -> parts.add(made.documents()));
        parts.add(publishedSite);
        return Documents.join(parts);
    }

    @Override
    public synchronized void close() {
        pending.clear();
        pendingSite = Documents.NONE;
        seen.clear();
    }
}
