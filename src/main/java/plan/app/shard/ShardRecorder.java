package plan.app.shard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import plan.app.publish.Publisher;
import plan.render.site.Documents;

/**
 * The publisher of a sharded build: hands everything on to the shard's folder and notes each
 * document's owner and hash, then adds the {@link ShardManifest} that {@code plan merge} reads.
 */
public final class ShardRecorder implements Publisher {
    private final Publisher folder;
    private final Shard shard;
    private final String tool;
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    /** The index rows handed over beside the keys, which the merge keeps in the merged site's record. */
    private final Map<String, List<String>> rows = new ConcurrentHashMap<>();
    private final Map<String, ShardManifest.Document> documents = new ConcurrentHashMap<>();
    private Documents site = Documents.NONE;

    public ShardRecorder(Publisher folder, Shard shard, String tool) {
        this.folder = folder;
        this.shard = shard;
        this.tool = tool;
    }

    /** Never: the manifest must list every document of the share, so each is made afresh. */
    @Override
    public boolean holds(String id, String key, Collection<String> names) {
        return false;
    }

    @Override
    public void plan(String id, String key, Documents made) throws IOException {
        plan(id, key, made, List.of());
    }

    @Override
    public void plan(String id, String key, Documents made, List<String> row) throws IOException {
        note(id, made);
        keys.put(id, key);
        rows.put(id, List.copyOf(row));
        folder.plan(id, key, made, row);
    }

    @Override
    public List<String> row(String id) {
        return folder.row(id);
    }

    @Override
    public void site(Documents made) {
        site = site.plus(made);
    }

    @Override
    public void keepOnly(java.util.Set<String> planIds) {
        folder.keepOnly(planIds);
    }

    @Override
    public void publish() throws IOException {
        note(ShardManifest.SITE, site);
        String manifest = new ShardManifest(tool, shard, keys, rows, documents).text();
        folder.site(site.plus(Documents.of(Map.of(ShardManifest.FILE, manifest.getBytes(StandardCharsets.UTF_8)))));
        folder.publish();
    }

    @Override
    public List<String> published() {
        return folder.published();
    }

    /** The folder is the caller's to close. */
    @Override
    public void close() {
    }

    private void note(String owner, Documents made) {
        for (String name : made.names()) {
            documents.put(name, new ShardManifest.Document(owner, ShardManifest.sha256(made.bytes(name))));
        }
    }
}
