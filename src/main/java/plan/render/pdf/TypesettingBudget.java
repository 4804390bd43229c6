package plan.render.pdf;

import java.time.Duration;

/**
 * The time one document may take to typeset, and a count of the work done, so that a huge
 * paragraph ends in a message naming the plan instead of a build that seems to hang.
 *
 * <p>The count ({@link #charactersExamined()}) is what the regression test of linear line
 * breaking reads: a layout that rescanned the rest of a paragraph for every line would show it.
 */
final class TypesettingBudget {
    /** Plenty for any real plan (the seed plans take about a second), short enough to notice. */
    static final Duration DEFAULT = Duration.ofSeconds(60);

    private final Duration limit;
    private final long deadline;
    private long charactersExamined;
    private long linesDrawn;
    private int sinceClockRead;
    private int longestParagraph;

    TypesettingBudget(Duration limit) {
        this.limit = limit;
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    static TypesettingBudget unlimited() {
        return new TypesettingBudget(Duration.ofDays(365));
    }

    Duration limit() {
        return limit;
    }

    /** Counts characters looked at while breaking lines; reads the clock now and then. */
    void examined(int characters) {
        charactersExamined += characters;
        sinceClockRead += characters;
        if (sinceClockRead > 4096) {
            sinceClockRead = 0;
            check();
        }
    }

    void drewLine() {
        linesDrawn++;
        if ((linesDrawn & 63) == 0) {
            check();
        }
    }

    /** Records a paragraph's length, so that the message can name the likely cause. */
    void paragraph(int length) {
        longestParagraph = Math.max(longestParagraph, length);
        check();
    }

    int longestParagraph() {
        return longestParagraph;
    }

    long charactersExamined() {
        return charactersExamined;
    }

    long linesDrawn() {
        return linesDrawn;
    }

    void check() {
        if (System.nanoTime() - deadline > 0) {
            throw new Exceeded(limit);
        }
    }

    /** Thrown out of OpenPDF's callbacks; {@link PdfRenderer} turns it into {@link TypesettingTooLong}. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded(Duration limit) {
            super("typesetting took longer than " + limit.toSeconds() + " s", null, false, false);
        }
    }
}
