package plan.render.site;

import java.util.Set;

import plan.model.Lang;
import plan.model.Plan;
import plan.render.html.IndexEntry;
import plan.render.markdown.Labels;

/** Rows of the site index: what a plan is, how its check went, and links to its documents. */
public final class IndexEntries {
    private IndexEntries() {
    }

    /**
     * @param plan        the plan, or null where the file could not be read as one
     * @param file        the plan file as the user named it (shown when there is no plan)
     * @param rendered    whether the plan passed its check, so that its documents were made
     * @param errors      errors found by the check
     * @param warnings    warnings found by the check
     * @param formats     the documents the build makes of each plan
     * @param lang        the index's language
     */
    public static IndexEntry of(Plan plan, String file, boolean rendered, long errors, long warnings,
                                Set<OutputFormat> formats, Lang lang) {
        return plan == null ? of(null, null, file, rendered, errors, warnings, formats, lang)
                : of(plan.id().value(), PlanSummary.of(plan), file, rendered, errors, warnings, formats, lang);
    }

    /**
     * The row of a plan whose results files have {@code errors} errors in all (none: the row as it
     * is): those files have no report, which a reader of a row that says "passed" would not know.
     */
    public static IndexEntry withFailedResults(IndexEntry entry, long errors, Lang lang) {
        if (errors == 0) {
            return entry;
        }
        return entry.withStatus("errors",
                entry.statusText() + "; " + Labels.indexWord(lang, "status.results-errors", errors));
    }

    /**
     * The row of a plan known by its summary (kept from an earlier build: no model needed).
     *
     * @param id      the plan's id, or null where the file could not be read as a plan
     * @param summary the plan's summary, or null where the file could not be read as a plan
     */
    public static IndexEntry of(String id, PlanSummary summary, String file, boolean rendered, long errors,
                                long warnings, Set<OutputFormat> formats, Lang lang) {
        String status;
        String text;
        if (!rendered) {
            status = "errors";
            text = Labels.indexWord(lang, "status.errors", errors);
        } else if (warnings > 0) {
            status = "warnings";
            text = Labels.indexWord(lang, "status.warnings", warnings);
        } else {
            status = "ok";
            text = Labels.indexWord(lang, "status.ok");
        }
        if (id == null || summary == null) {
            return new IndexEntry(file, "", "", status, text, null, null, 0, null);
        }
        String page = rendered && formats.contains(OutputFormat.HTML) ? OutputFormat.HTML.fileName(id) : null;
        String pdf = rendered && formats.contains(OutputFormat.PDF) ? OutputFormat.PDF.fileName(id) : null;
        return new IndexEntry(summary.title(), summary.organization(), summary.period(), status, text, page, pdf,
                summary.projects(), summary.budget());
    }
}
