package plan.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a project form (แบบเสนอโครงการ) says, field by field, as the format's project and
 * project-form keys name them (format part 2, "The official document"). What fits no key is in
 * {@link #notes}, as Markdown paragraphs, so nothing of the form is lost.
 */
final class ProjectForm {
    String title;
    Integer strategy;
    String owner;
    String kind;
    final List<String> standards = new ArrayList<>();
    final List<String> rationale = new ArrayList<>();
    final List<String> objectives = new ArrayList<>();
    final List<String> quantity = new ArrayList<>();
    final List<String> quality = new ArrayList<>();
    final List<String> activities = new ArrayList<>();
    BigDecimal budget;
    /** Rows {indicator, method, tool}. */
    final List<List<String>> evaluation = new ArrayList<>();
    final List<String> expected = new ArrayList<>();
    /** Rows {role, name, position}; name and position may be null. */
    final List<String[]> approvals = new ArrayList<>();
    /** Markdown paragraphs of what fits no key (the period, a table of activities, unlabelled text). */
    final List<String> notes = new ArrayList<>();

    /** The keys of the form the format adds to a project, as plain data for the writer. */
    boolean hasFormKeys() {
        return kind != null || !standards.isEmpty() || !rationale.isEmpty() || !quantity.isEmpty() || !quality.isEmpty()
                || !evaluation.isEmpty() || !expected.isEmpty() || !approvals.isEmpty();
    }
}
