package plan.importer;

import java.util.List;
import java.util.Map;

import plan.diag.Message;
import plan.format.Format;
import plan.format.Keys;
import plan.model.Plan;

/**
 * A plan recognized in a document, with what a reader of the file should know.
 *
 * @param plan     the plan (parts the source does not give are null or empty, for check to list)
 * @param comments YAML comments by path ({@code "goals[0].missions"}, {@code "period"}): where a
 *                 choice was made or a guess needs confirming; worded when the file is written
 * @param header   comment lines for the top of the file, worded when it is written
 * @param counts   what was recognized, in the order the summary prints it ("missions" to 5)
 * @param confirm  what the officer should confirm or supply, one sentence each, in the reader's language when printed
 * @param extra    the keys of format part 2 the model does not hold yet, written as they are
 */
public record Draft(Plan plan, Map<String, List<Message>> comments, List<Message> header, Map<String, Integer> counts,
                    List<Message> confirm, Extra extra) {
    /**
     * @param digits   "thai" when the source writes its numbers mostly in Thai digits, else null
     * @param parts    the source's parts ("ส่วนที่ 1 บทนำ"), each with the outline's chapters in it;
     *                 empty when it has none
     * @param analysis the situation analysis: list key (strengths...) to factors, each {@code [id, text]};
     *                 empty when the source has none
     * @param base     the plan this one continues ({@code plan import --base}), or null
     * @param inherited the keys the base holds, left out of this plan (they are inherited)
     * @param forms    the project forms (แบบเสนอโครงการ) read, by the index of their project
     */
    public record Extra(String digits, List<Part> parts, Map<String, List<List<String>>> analysis, String base,
                        java.util.Set<String> inherited, Map<Integer, ProjectForm> forms) {
        public static final Extra NONE = new Extra(null, List.of(), Map.of(), null, java.util.Set.of(), Map.of());

        public Extra(String digits, List<Part> parts, Map<String, List<List<String>>> analysis, String base) {
            this(digits, parts, analysis, base, java.util.Set.of(), Map.of());
        }

        public Extra {
            parts = List.copyOf(parts);
            analysis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(analysis));
            inherited = java.util.Set.copyOf(inherited);
            forms = Map.copyOf(forms);
        }

        /** Continuing {@code base}: the keys it holds are left out of this plan. */
        public Extra withBase(BasePlan base) {
            return new Extra(digits, parts, analysis, base.id(), base.inherited(), forms);
        }

        /** The same, with {@code newParts} for its parts. */
        public Extra withParts(List<Part> newParts) {
            return new Extra(digits, newParts, analysis, base, inherited, forms);
        }
    }

    /** A part of the outline: its title and the chapters it groups. */
    public record Part(String title, List<String> chapters) {
        public Part {
            chapters = List.copyOf(chapters);
        }
    }

    public Draft {
        comments = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(comments));
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        header = List.copyOf(header);
        confirm = List.copyOf(confirm);
        extra = extra == null ? Extra.NONE : extra;
    }

    public Draft(Plan plan, Map<String, List<Message>> comments, List<Message> header, Map<String, Integer> counts, List<Message> confirm) {
        this(plan, comments, header, counts, confirm, Extra.NONE);
    }

    public Draft withBase(BasePlan base) {
        List<Message> more = new java.util.ArrayList<>(header);
        more.add(Message.of("import.header.base", base.id(), String.join(", ", base.inherited())));
        return new Draft(plan, comments, more, counts, confirm, extra.withBase(base));
    }

    /**
     * With each chapter the plan has put into one of the source's parts (rule outline-parts), also
     * those no heading of the source opens: the budget, the chapters the base gives, a required
     * one the source lacks; a note at {@code outline} names those whose part is a guess.
     */
    public Draft withPartsMadeWhole() {
        List<String> chapters = new java.util.ArrayList<>(Format.chaptersOf(plan));
        Format.CHAPTERS.stream().filter(extra.inherited()::contains).forEach(chapters::add);
        PartsMadeWhole.Whole whole = PartsMadeWhole.of(extra.parts(), chapters);
        Map<String, List<Message>> notes = comments;
        if (!whole.guessed().isEmpty()) {
            notes = new java.util.HashMap<>(comments);
            List<Message> atOutline = new java.util.ArrayList<>(notes.getOrDefault(Keys.OUTLINE, List.of()));
            atOutline.add(Message.of("import.note.parts-guessed", String.join(", ", whole.guessed())));
            notes.put(Keys.OUTLINE, atOutline);
        }
        return new Draft(plan, notes, header, counts, confirm, extra.withParts(whole.parts()));
    }

    /** Nothing of a plan was found: everything is in sections and the preamble. */
    public boolean nothingRecognized() {
        return plan.vision() == null && plan.missions().isEmpty() && plan.goals().isEmpty()
                && plan.strategies().isEmpty() && plan.values() == null && plan.focus() == null
                && plan.projects().isEmpty() && extra.analysis().isEmpty();
    }
}
