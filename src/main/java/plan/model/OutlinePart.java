package plan.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A part of the outline (ส่วนที่ n): its title and the chapters it groups, by name, as written in
 * an {@code outline} entry {@code {part: TITLE, chapters: [NAMES]}}. Read from the plan's tree,
 * where the outline keeps its shape; {@link Plan#outline()} is the chapter order alone.
 */
public record OutlinePart(Text title, List<Text> chapters, Span span) {
    /** The keys of an outline entry that is a part: its title, and the chapters it groups (the format's too). */
    public static final String TITLE = "part";
    public static final String CHAPTERS = "chapters";

    public OutlinePart {
        chapters = List.copyOf(chapters);
    }

    /** The parts of a plan's outline, in order; empty when its outline is chapter names or absent. */
    public static List<OutlinePart> of(Plan plan) {
        List<OutlinePart> out = new ArrayList<>();
        for (Value entry : plan.tree().list("outline")) {
            if (entry instanceof Value.Mapping m) {
                out.add(new OutlinePart(m.text(TITLE), texts(m.list(CHAPTERS)), m.span()));
            }
        }
        return out;
    }

    /** The chapter order an outline gives: its names, or its parts' chapters one part after another. */
    public static List<Text> chapterOrder(List<Value> outline) {
        List<Text> out = new ArrayList<>();
        for (Value entry : outline) {
            if (entry instanceof Text t) {
                out.add(t);
            } else if (entry instanceof Value.Mapping m) {
                out.addAll(texts(m.list(CHAPTERS)));
            }
        }
        return out;
    }

    private static List<Text> texts(List<Value> values) {
        return values.stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
    }
}
