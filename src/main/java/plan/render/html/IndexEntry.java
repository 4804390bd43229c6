package plan.render.html;

/**
 * One row of the site index. {@code status} is "ok", "warnings" or "errors"; {@code page} and
 * {@code pdf} are the plan's outputs relative to the index, or null where none was written.
 */
public record IndexEntry(String title, String organization, String period, String status, String statusText,
                         String page, String pdf) {
}
