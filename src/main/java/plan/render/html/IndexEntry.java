package plan.render.html;

/**
 * One row of the site index. {@code status} is "ok", "warnings" or "errors"; {@code page} and
 * {@code pdf} are the plan's outputs relative to the index, or null where none was written;
 * {@code depth} is the plan's level in the tree of plans by {@code parent} (0 at the top).
 */
public record IndexEntry(String title, String organization, String period, String status, String statusText,
                         String page, String pdf, int depth) {
    public IndexEntry(String title, String organization, String period, String status, String statusText,
                      String page, String pdf) {
        this(title, organization, period, status, statusText, page, pdf, 0);
    }

    public IndexEntry atDepth(int level) {
        return new IndexEntry(title, organization, period, status, statusText, page, pdf, level);
    }
}
