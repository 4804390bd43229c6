package plan.importer;

import java.util.ArrayList;
import java.util.List;

import plan.format.Format;
import plan.format.Keys;

/**
 * A stretch of the source under one heading: a chapter of the plan (its kind), or a free one
 * (kind null) that becomes a section. The preamble is the stretch before the first heading. A
 * part's heading ("ส่วนที่ 1 บทนำ") is a chapter of kind PART holding what stands between it and
 * the next heading. Every known heading ends the chapter before it, whatever that chapter is.
 */
final class Chapter {
    /**
     * What a stretch is: one of the format's chapters ({@link Format#CHAPTERS}), by the name the
     * outline gives it, or a section or a part, which no chapter name names. The budget chapter
     * is made from the projects and the alignment chapter by the tool: a source's budget heading
     * opens the projects ({@code ChapterKindsTest} holds the two lists together).
     */
    enum Kind {
        PREAMBLE(Keys.PREAMBLE), VISION(Keys.VISION), MISSIONS(Keys.MISSIONS), GOALS(Keys.GOALS),
        STRATEGIES(Keys.STRATEGIES), VALUES(Keys.VALUES), FOCUS(Keys.FOCUS), SECTION(null), PROJECTS(Keys.PROJECTS),
        ANALYSIS(Keys.ANALYSIS), PART(null);

        /** The chapter's name in the outline (also its label key), null for a section or a part. */
        final String chapter;

        Kind(String chapter) {
            if (chapter != null && !Format.CHAPTERS.contains(chapter)) {
                throw new IllegalStateException(chapter + " is no chapter of the format");
            }
            this.chapter = chapter;
        }
    }

    final Kind kind;
    final Heading heading;
    /** The heading as written (for a free chapter), null for the preamble. */
    final String title;
    final List<RecognizedBlock> paras = new ArrayList<>();

    Chapter(Kind kind, Heading heading, String title) {
        this.kind = kind;
        this.heading = heading;
        this.title = title;
    }

    /** Splits the paragraphs after the title block into chapters at the headings. */
    static List<Chapter> split(List<RecognizedBlock> paras) {
        List<Chapter> chapters = new ArrayList<>();
        Chapter current = new Chapter(Kind.PREAMBLE, null, null);
        chapters.add(current);
        int chapterNumber = 0;
        RecognizedBlock previous = null;
        for (RecognizedBlock p : paras) {
            Chapter next = opens(p, current, chapters, chapterNumber, previous);
            if (next != null) {
                current = next;
                chapters.add(current);
                if (p.heading() != null && p.heading().number() > 0) {
                    chapterNumber = p.heading().number();
                } else if (p.typed() != null && !p.typed().bullet()) {
                    chapterNumber = p.typed().value();
                }
            } else {
                current.paras.add(p);
            }
            previous = p;
        }
        return chapters;
    }

    /** The chapter {@code p} opens, or null when it belongs to the current one. */
    private static Chapter opens(RecognizedBlock p, Chapter current, List<Chapter> chapters, int chapterNumber, RecognizedBlock previous) {
        Heading h = p.heading();
        if (h != null) {
            Kind kind = switch (h.kind()) {
                case VISION -> Kind.VISION;
                case MISSIONS -> Kind.MISSIONS;
                case GOALS -> Kind.GOALS;
                case STRATEGIES -> Kind.STRATEGIES;
                case VALUES -> Kind.VALUES;
                case FOCUS -> Kind.FOCUS;
                case STRATEGY -> current.kind == Kind.STRATEGIES || current.kind == Kind.PROJECTS ? null : Kind.STRATEGIES;
                case GUIDELINES -> current.kind == Kind.STRATEGIES ? null : Kind.SECTION;
                // A goal's or strategy's indicators stay with it; elsewhere the heading opens a section.
                case INDICATORS -> current.kind == Kind.STRATEGIES || current.kind == Kind.GOALS ? null : Kind.SECTION;
                case PROJECTS, BUDGET -> Kind.PROJECTS;
                case ANALYSIS -> Kind.ANALYSIS;
                case SWOT -> current.kind == Kind.ANALYSIS ? null : Kind.ANALYSIS;
                case PART -> Kind.PART;
            };
            if (kind == Kind.PART) {
                return new Chapter(Kind.PART, h, h.rest());
            }
            if (h.kind() == Heading.Kind.SWOT && kind != null) {
                Chapter opened = new Chapter(Kind.ANALYSIS, null, null);
                opened.paras.add(p); // a list's label opens the analysis and stays in it, as a strategy heading does
                return opened;
            }
            if (kind == null || (kind == Kind.VALUES && current.kind == Kind.VALUES)) {
                return null; // a strategy's own heading, its guidelines, a line of the values
            }
            boolean seen = chapters.stream().anyMatch(c -> c.kind == kind && kind != Kind.SECTION && kind != Kind.PROJECTS);
            if (h.kind() == Heading.Kind.STRATEGY) {
                if (seen) {
                    return null;
                }
                current = new Chapter(Kind.STRATEGIES, null, null);
                current.paras.add(p); // no chapter heading: the strategy heading opens the chapter and stays in it
                return current;
            }
            if (seen) {
                return new Chapter(Kind.SECTION, h, h.text()); // a second chapter of a kind: kept as it is
            }
            return new Chapter(kind, h, kind == Kind.SECTION ? h.text() : null);
        }
        if (p.headingStyled()) {
            return new Chapter(Kind.SECTION, null, chapterTitle(p));
        }
        if (continuesChapterNumbers(p, chapterNumber, previous)) {
            return new Chapter(Kind.SECTION, null, chapterTitle(p));
        }
        return null;
    }

    /**
     * In a text file, a short line numbered as the next chapter ("6. แนวทางการขับเคลื่อน" after
     * "5. กลยุทธ์") is a chapter heading, unless it carries on a list of the same numbers.
     */
    private static boolean continuesChapterNumbers(RecognizedBlock p, int chapterNumber, RecognizedBlock previous) {
        if (chapterNumber == 0 || p.typed() == null || !p.typed().style().equals("dot") || p.wordList() != null
                || p.typed().value() != chapterNumber + 1 || p.text().length() > 60 || p.text().contains("\n")) {
            return false;
        }
        boolean carriesOnList = previous != null && previous.typed() != null && previous.heading() == null
                && previous.typed().style().equals("dot") && previous.typed().value() == chapterNumber;
        return !carriesOnList;
    }

    private static String chapterTitle(RecognizedBlock p) {
        String t = p.typed() != null && p.wordList() == null && !p.typed().bullet() ? p.typed().rest() : p.text();
        return RecognizedBlock.oneLine(t);
    }
}
