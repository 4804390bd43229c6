package plan.model;

import java.util.List;

/**
 * The keys of the Thai project form (แบบเสนอโครงการ) a project may add: what kind of project it is,
 * the standards it serves, its rationale, outputs by quantity and quality, how it is evaluated,
 * what is expected of it and who signs it. Single parts are null when not given, lists empty; a
 * project with none of them has no form (null).
 *
 * @param kind       {@code new} or {@code continuing}, as written
 * @param evaluation how each indicator of success is evaluated
 * @param approvals  the signature blocks at the form's end, in the order written
 */
public record ProjectForm(Text kind, List<Text> standards, Text rationale, List<Text> quantity, List<Text> quality,
                          List<Evaluation> evaluation, List<Text> expected, List<Approval> approvals) {
    public ProjectForm {
        standards = List.copyOf(standards);
        quantity = List.copyOf(quantity);
        quality = List.copyOf(quality);
        evaluation = List.copyOf(evaluation);
        expected = List.copyOf(expected);
        approvals = List.copyOf(approvals);
    }

    /**
     * One row of the form's evaluation: {@code indicator} is the id of one of the project's
     * indicators (printed as its text) or a text of its own; method and tool may be null.
     */
    public record Evaluation(Text indicator, Text method, Text tool) {
    }

    /** One signature block: the role (ผู้เสนอโครงการ), the name and the position; any may be null. */
    public record Approval(Text role, Text name, Text position) {
    }
}
