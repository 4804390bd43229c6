package plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import plan.format.Format;
import plan.format.Keys;

/**
 * The source's parts made whole. With parts, every chapter the plan has must stand in exactly one
 * (rule {@code outline-parts}), yet some have no heading in a document to be found under: the
 * budget chapter the tool adds up from the projects, the alignment chapter it makes of the
 * alignments, a chapter the items are required for but the document lacks, and those a
 * continuing plan inherits from its base. Each joins the part of the chapter it is made from
 * (budget beside projects, alignment with the strategies, as examples/official places them),
 * else the part of its nearest neighbour in the default order; within that part it stands in the
 * default order. A section no part holds joins the last part.
 */
final class PartsMadeWhole {
    /** A chapter made of another's matter: it joins that chapter's part. */
    private static final Map<String, String> MADE_FROM = Map.of(Keys.BUDGET, Keys.PROJECTS, Format.ALIGNMENT, Keys.STRATEGIES);

    private PartsMadeWhole() {
    }

    /**
     * @param parts   the parts, every chapter of the plan in one
     * @param guessed the chapters put beside a neighbour rather than the chapter they are made
     *                from: a reader should confirm their part
     */
    record Whole(List<Draft.Part> parts, List<String> guessed) {
        Whole {
            parts = List.copyOf(parts);
            guessed = List.copyOf(guessed);
        }
    }

    /** {@code parts} with each of {@code chapters} no part lists put into one; no parts stay none. */
    static Whole of(List<Draft.Part> parts, List<String> chapters) {
        if (parts.isEmpty()) {
            return new Whole(parts, List.of());
        }
        List<List<String>> lists = new ArrayList<>();
        parts.forEach(p -> lists.add(new ArrayList<>(p.chapters())));
        List<String> guessed = new ArrayList<>();
        for (String chapter : chapters) {
            if (partOf(lists, chapter) >= 0) {
                continue;
            }
            String neighbour = neighbour(lists, chapter);
            if (!neighbour.equals(MADE_FROM.get(chapter))) {
                guessed.add(chapter);
            }
            int part = partOf(lists, neighbour);
            List<String> into = lists.get(part >= 0 ? part : lists.size() - 1);
            into.add(place(into, chapter), chapter);
        }
        List<Draft.Part> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            out.add(new Draft.Part(parts.get(i).title(), lists.get(i)));
        }
        return new Whole(out, guessed);
    }

    /** The chapter whose part {@code chapter} joins, "" for a section (it joins the last part). */
    private static String neighbour(List<List<String>> lists, String chapter) {
        String from = MADE_FROM.get(chapter);
        if (from != null && partOf(lists, from) >= 0) {
            return from;
        }
        int k = Format.CHAPTERS.indexOf(chapter);
        if (k < 0) {
            return "";
        }
        for (int i = k - 1; i >= 0; i--) {
            if (partOf(lists, Format.CHAPTERS.get(i)) >= 0) {
                return Format.CHAPTERS.get(i);
            }
        }
        for (int i = k + 1; i < Format.CHAPTERS.size(); i++) {
            if (partOf(lists, Format.CHAPTERS.get(i)) >= 0) {
                return Format.CHAPTERS.get(i);
            }
        }
        return "";
    }

    /**
     * Where in {@code part} a chapter goes: after the last built-in chapter that comes before it
     * in the default order, else before the first; a section (or a part of sections) at the end.
     */
    private static int place(List<String> part, String chapter) {
        int k = Format.CHAPTERS.indexOf(chapter);
        if (k < 0) {
            return part.size();
        }
        int after = -1;
        int before = -1;
        for (int i = 0; i < part.size(); i++) {
            int order = Format.CHAPTERS.indexOf(part.get(i));
            if (order >= 0 && order < k) {
                after = i;
            } else if (order > k && before < 0) {
                before = i;
            }
        }
        return after >= 0 ? after + 1 : before >= 0 ? before : part.size();
    }

    private static int partOf(List<List<String>> lists, String chapter) {
        for (int i = 0; i < lists.size(); i++) {
            if (lists.get(i).contains(chapter)) {
                return i;
            }
        }
        return -1;
    }
}
