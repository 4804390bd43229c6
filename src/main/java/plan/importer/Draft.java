package plan.importer;

import java.util.List;
import java.util.Map;

import plan.model.Plan;

/**
 * A plan recognized in a document, with what a reader of the file should know.
 *
 * @param plan     the plan (parts the source does not give are null or empty, for check to list)
 * @param comments YAML comments by path ({@code "goals[0].missions"}, {@code "period"}): where a
 *                 choice was made or a guess needs confirming
 * @param header   comment lines for the top of the file
 * @param counts   what was recognized, in the order the summary prints it ("missions" to 5)
 * @param confirm  what the officer should confirm or supply, one sentence each, in the reader's language when printed
 */
public record Draft(Plan plan, Map<String, String> comments, List<String> header, Map<String, Integer> counts,
                    List<plan.diag.Message> confirm) {
    public Draft {
        comments = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(comments));
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        header = List.copyOf(header);
        confirm = List.copyOf(confirm);
    }

    /** Nothing of a plan was found: everything is in sections and the preamble. */
    public boolean nothingRecognized() {
        return plan.vision() == null && plan.missions().isEmpty() && plan.goals().isEmpty()
                && plan.strategies().isEmpty() && plan.values() == null && plan.focus() == null;
    }
}
