package plan.render.html;

import java.math.BigDecimal;

/**
 * One row of the site index. {@code status} is "ok", "warnings" or "errors"; {@code page} and
 * {@code pdf} are the plan's outputs relative to the index, or null where none was written;
 * {@code projects} its number of projects and {@code budget} their total in baht (null without a plan);
 * {@code depth} is the plan's level in the tree of plans by {@code parent} (0 at the top).
 */
public record IndexEntry(String title, String organization, String period, String status, String statusText,
                         String page, String pdf, int projects, BigDecimal budget, int depth) {
    public IndexEntry(String title, String organization, String period, String status, String statusText,
                      String page, String pdf, int projects, BigDecimal budget) {
        this(title, organization, period, status, statusText, page, pdf, projects, budget, 0);
    }

    public IndexEntry atDepth(int level) {
        return new IndexEntry(title, organization, period, status, statusText, page, pdf, projects, budget, level);
    }
}
