package plan.render.html;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of the site index. {@code status} is "ok", "warnings" or "errors"; {@code page} and
 * {@code pdf} are the plan's outputs relative to the index, or null where none was written;
 * {@code projects} its number of projects and {@code budget} their total in baht (null without a plan);
 * {@code depth} is the plan's level in the tree of plans by {@code parent} (0 at the top);
 * {@code latest} the plan's latest results report, or null; {@code rollup} the roll-up of its
 * schools (for a plan others name as {@code parent}), or null; {@code reports} every results
 * report of the plan, newest first; {@code thaiDigits} whether the row's figures are shown in
 * Thai digits (its plan's documents' digits: the row reads as they do).
 */
public record IndexEntry(String title, String organization, String period, String status, String statusText,
                         String page, String pdf, int projects, BigDecimal budget, int depth, Latest latest,
                         Link rollup, List<Report> reports, boolean thaiDigits) {
    /** A plan's latest results in a line ({@code text}) and the report's page (null where none was written). */
    public record Latest(String text, String page) {
    }

    /** A page of the site beside the plan's own, and its link's words. */
    public record Link(String text, String page) {
    }

    /** A results report: its title, its page and its PDF (null where the build makes none). */
    public record Report(String title, String page, String pdf) {
    }

    public IndexEntry {
        reports = List.copyOf(reports);
    }

    public IndexEntry(String title, String organization, String period, String status, String statusText,
                      String page, String pdf, int projects, BigDecimal budget) {
        this(title, organization, period, status, statusText, page, pdf, projects, budget, 0, null, null, List.of(),
                false);
    }

    public IndexEntry atDepth(int level) {
        return new IndexEntry(title, organization, period, status, statusText, page, pdf, projects, budget, level, latest,
                rollup, reports, thaiDigits);
    }

    public IndexEntry withLatest(Latest results) {
        return new IndexEntry(title, organization, period, status, statusText, page, pdf, projects, budget, depth, results,
                rollup, reports, thaiDigits);
    }

    public IndexEntry withRollup(Link link) {
        return new IndexEntry(title, organization, period, status, statusText, page, pdf, projects, budget, depth, latest,
                link, reports, thaiDigits);
    }

    public IndexEntry withReports(List<Report> newestFirst) {
        return new IndexEntry(title, organization, period, status, statusText, page, pdf, projects, budget, depth, latest,
                rollup, newestFirst, thaiDigits);
    }

    /** The row with another status: a plan that passed whose results files did not, say. */
    public IndexEntry withStatus(String newStatus, String text) {
        return new IndexEntry(title, organization, period, newStatus, text, page, pdf, projects, budget, depth, latest,
                rollup, reports, thaiDigits);
    }

    public IndexEntry inThaiDigits(boolean thai) {
        return new IndexEntry(title, organization, period, status, statusText, page, pdf, projects, budget, depth, latest,
                rollup, reports, thai);
    }
}
