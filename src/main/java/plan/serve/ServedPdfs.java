package plan.serve;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import plan.app.Build;
import plan.app.BuildFailure;
import plan.app.BuildOptions;
import plan.app.check.CheckReport;
import plan.app.publish.MemoryPublisher;
import plan.app.publish.Publisher;
import plan.render.site.Documents;
import plan.render.site.OutputFormat;
import plan.render.site.SiteRenderer;

/**
 * The PDFs of a live preview, typeset when asked for and kept until their plan changes. Typesetting
 * is the slowest step by far: done on every save it would hold the next save back and take the CPU
 * from the browser showing the page. A PDF tab is reloaded by hand, so it can wait for its plan.
 */
final class ServedPdfs {
    private final BuildOptions pdfs;
    private final String toolVersion;
    /**
     * Each plan's PDF with the key it was made under, and the lock that typesets it once for
     * requests at the same time (a lock of its own: the build's threads call into the publisher,
     * whose own lock must stay free for them).
     */
    private record Slot(ReentrantLock typesetting, MemoryPublisher shelf) {
    }

    private final Map<String, Slot> byPlan = new ConcurrentHashMap<>();

    ServedPdfs(BuildOptions pdfs, String toolVersion) {
        this.pdfs = pdfs;
        this.toolVersion = toolVersion;
    }

    /**
     * The PDF of plan {@code id} as of {@code report}: the one on the shelf when its render key
     * is unchanged, else typeset now; null when the report has no such plan without errors.
     */
    byte[] pdf(String id, CheckReport report, SiteRenderer renderer) throws BuildFailure, IOException {
        boolean renderable = report.plans().stream()
                .anyMatch(p -> !p.hasErrors() && p.plan().id().value().equals(id));
        if (!renderable) {
            return null;
        }
        Slot slot = byPlan.computeIfAbsent(id, k -> new Slot(new ReentrantLock(), new MemoryPublisher()));
        slot.typesetting.lock();
        try {
            // The same build as plan build's, with every other plan counted as done.
            Build.run(report, pdfs, renderer, new OnlyOne(id, slot.shelf), toolVersion, done -> { });
            return slot.shelf.documents().bytes(OutputFormat.PDF.fileName(id));
        } finally {
            slot.typesetting.unlock();
        }
    }

    /** Forgets the PDFs of plans no longer served (deleted, renamed). */
    void keepOnly(Set<String> ids) {
        byPlan.keySet().retainAll(ids);
    }

    /** A build's publisher that wants plan {@code id} alone: the others are "held", so not typeset. */
    private record OnlyOne(String id, MemoryPublisher shelf) implements Publisher {
        @Override
        public boolean holds(String plan, String key, Collection<String> names) {
            return !plan.equals(id) || shelf.holds(plan, key, names);
        }

        @Override
        public void plan(String plan, String key, Documents documents) {
            shelf.plan(plan, key, documents);
        }

        @Override
        public void site(Documents documents) {
            // no index or assets in a PDF-only build
        }

        @Override
        public void publish() {
            shelf.publish();
        }

        @Override
        public List<String> published() {
            return shelf.published();
        }

        @Override
        public void close() {
            // the shelf stays
        }
    }
}
