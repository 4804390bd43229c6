package plan.serve;

import java.util.Map;

import plan.render.site.Documents;

/**
 * What the server shows, as of one render: the documents of the site, and for each plan that does
 * not check (by id) its diagnostics as text. {@code failure} is what stopped the whole render (a
 * broken template), or null. {@code version} grows whenever any of it changes: open pages compare
 * it with theirs to know they must reload.
 */
record SiteState(long version, Documents documents, Map<String, String> broken, String failure) {
    static final SiteState EMPTY = new SiteState(0, Documents.NONE, Map.of(), null);

    SiteState {
        broken = Map.copyOf(broken);
    }

    boolean sameContent(SiteState other) {
        return documents.equals(other.documents) && broken.equals(other.broken)
                && java.util.Objects.equals(failure, other.failure);
    }
}
