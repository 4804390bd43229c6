package plan.serve;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import plan.render.site.Documents;
import plan.render.site.OutputFormat;

/**
 * What the server shows, as of one render: the documents of the site (pages, Markdown, index,
 * assets; PDFs are typeset on request), and for each plan that does not check (by id) its
 * diagnostics as text. {@code failure} is what stopped the whole render (a broken template), or
 * null. {@code version} grows whenever anything shown changes; {@code changedAt} says, for each
 * document name, the version in which what it shows last changed, so an open page updates only
 * when its own content (or the assets every page uses) changed.
 */
record SiteState(long version, Documents documents, Map<String, String> broken, String failure,
                 Map<String, Long> changedAt) {
    static final SiteState EMPTY = new SiteState(0, Documents.NONE, Map.of(), null, Map.of());

    /** Where the versions of the assets (styles, fonts) are kept: every page shows them. */
    private static final String ASSETS = "/assets";

    SiteState {
        broken = Map.copyOf(broken);
        changedAt = Map.copyOf(changedAt);
    }

    /**
     * The state after a render that made these documents: this very state when nothing shown
     * changed (open pages stay as they are), else a new version that marks what changed.
     */
    SiteState next(Documents nextDocuments, Map<String, String> nextBroken, String nextFailure) {
        SiteState next = new SiteState(version + 1, nextDocuments, nextBroken, nextFailure, Map.of());
        Set<String> names = new TreeSet<>(documents.names());
        names.addAll(nextDocuments.names());
        broken.keySet().forEach(id -> names.add(OutputFormat.HTML.fileName(id)));
        nextBroken.keySet().forEach(id -> names.add(OutputFormat.HTML.fileName(id)));
        Map<String, Long> at = new HashMap<>(changedAt);
        for (String name : names) {
            if (!sameShown(name, next)) {
                at.put(isPage(name) || isOwnDocument(name) ? name : ASSETS, next.version);
            }
        }
        return at.equals(changedAt) ? this : new SiteState(next.version, nextDocuments, nextBroken, nextFailure, at);
    }

    /**
     * The version of what an open page named {@code name} shows, as {@code OWN.ASSETS}: the
     * version in which its own content last changed, and the one in which the assets every page
     * uses last did. The page updates when either moves (and reloads whole when the assets did).
     */
    String stamp(String name) {
        return changedAt.getOrDefault(name, 0L) + "." + changedAt.getOrDefault(ASSETS, 0L);
    }

    /**
     * Whether {@code name} shows the same here as in {@code next}: a document compared where it
     * is, since copying every document of a large site out twice on every save cost more than
     * the save's render.
     */
    private boolean sameShown(String name, SiteState next) {
        boolean plainDocument = (failure == null && next.failure == null || !isPage(name))
                && documents.names().contains(name) && next.documents.names().contains(name);
        return plainDocument ? documents.sameBytes(name, next.documents) : Arrays.equals(shown(name), next.shown(name));
    }

    /** What a request for {@code name} shows (the failure, the document, the plan's diagnostics), or null. */
    private byte[] shown(String name) {
        if (failure != null && isPage(name)) {
            return failure.getBytes(StandardCharsets.UTF_8);
        }
        byte[] bytes = documents.bytes(name);
        if (bytes != null) {
            return bytes;
        }
        String id = SitePaths.planId(name);
        String diagnostics = id == null ? null : broken.get(id);
        return diagnostics == null ? null : diagnostics.getBytes(StandardCharsets.UTF_8);
    }

    static boolean isPage(String name) {
        return OutputFormat.HTML.names(name);
    }

    /** A plan's own document (its Markdown): no page shows it. */
    private static boolean isOwnDocument(String name) {
        return SitePaths.planId(name) != null;
    }
}
