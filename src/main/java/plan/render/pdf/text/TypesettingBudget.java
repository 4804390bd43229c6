package plan.render.pdf.text;

import java.time.Duration;

/**
 * The time one document may take to typeset, and a count of the work done, so that a huge
 * paragraph ends in a message naming the plan instead of a build that seems to hang.
 *
 * <p>The count ({@link #charactersExamined()}) is what the regression test of linear line
 * breaking reads: a layout that rescanned the rest of a paragraph for every line would show it.
 */
public final class TypesettingBudget {
    /** Plenty for any real plan (the seed plans take about a second), short enough to notice. */
    static final Duration DEFAULT = Duration.ofSeconds(60);
    /** System property that sets the limit in seconds (e.g. for a slow CI machine, or a test). */
    static final String PROPERTY = "plan.pdf.time-limit";

    private final Duration limit;
    private final long deadline;
    private long charactersExamined;
    private long charactersSegmented;
    private long linesDrawn;
    private int sinceClockRead;
    private int longestParagraph;

    private final java.util.function.LongSupplier clock;

    public TypesettingBudget(Duration limit) {
        this(limit, System::nanoTime);
    }

    /** With a clock in nanoseconds of one's own (tests make time pass without waiting). */
    public TypesettingBudget(Duration limit, java.util.function.LongSupplier clock) {
        this.limit = limit;
        this.clock = clock;
        this.deadline = clock.getAsLong() + limit.toNanos();
    }

    /** The limit from {@link #PROPERTY} when it is a positive number of seconds, else {@link #DEFAULT}. */
    public static Duration configured() {
        String value = System.getProperty(PROPERTY);
        if (value != null && value.strip().matches("\\d{1,6}(\\.\\d{1,3})?")) {
            Duration d = Duration.ofMillis(Math.round(Double.parseDouble(value.strip()) * 1000));
            if (!d.isZero()) {
                return d;
            }
        }
        return DEFAULT;
    }

    /** The limit as a reader would say it: "60 s", "0.5 s". */
    public static String describe(Duration limit) {
        long ms = limit.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    public static TypesettingBudget unlimited() {
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

    public void drewLine() {
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

    public int longestParagraph() {
        return longestParagraph;
    }

    /** Counts characters handed to the word-boundary analysis (ICU and the lexicon). */
    void segmented(int characters) {
        charactersSegmented += characters;
    }

    public long charactersSegmented() {
        return charactersSegmented;
    }

    public long charactersExamined() {
        return charactersExamined;
    }

    public long linesDrawn() {
        return linesDrawn;
    }

    void check() {
        if (clock.getAsLong() - deadline > 0) {
            throw new Exceeded(limit);
        }
    }

    /** Thrown out of OpenPDF's callbacks; {@code PdfRenderer} turns it into {@link TypesettingTooLong}. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Exceeded(Duration limit) {
            super("typesetting took longer than " + describe(limit), null, false, false);
        }
    }
}
