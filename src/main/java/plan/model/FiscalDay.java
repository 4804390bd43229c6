package plan.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day written {@code YYYY-MM-DD} with the year in the Buddhist Era, as results' {@code as-of}
 * is: checked as a day of the Gregorian calendar of year − 543 (so 2567-02-29 exists and
 * 2568-02-29 does not), never through YAML's timestamps or the machine's calendar. The Thai
 * fiscal year runs from 1 October and is named by the year it ends in.
 */
public record FiscalDay(int year, int month, int day) {
    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** The lowest year read as Buddhist Era, as plans' years. */
    public static final int LOWEST_BE = 2400;

    /** What reading a text as a day found. */
    public enum Reading { DAY, NOT_A_DAY, CHRISTIAN_ERA }

    /** {@link Reading#DAY} for a day that exists, else why it is not one. */
    public static Reading read(String text) {
        Matcher m = WRITTEN.matcher(text.strip());
        if (!m.matches()) {
            return Reading.NOT_A_DAY;
        }
        int year = Integer.parseInt(m.group(1));
        if (year < LOWEST_BE) {
            return Reading.CHRISTIAN_ERA;
        }
        try {
            LocalDate.of(year - 543, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return Reading.DAY;
        } catch (DateTimeException e) {
            return Reading.NOT_A_DAY;
        }
    }

    /** The day {@code text} names; only for a text {@link #read} found a {@link Reading#DAY}. */
    public static FiscalDay of(String text) {
        Matcher m = WRITTEN.matcher(text.strip());
        if (!m.matches() || read(text) != Reading.DAY) {
            throw new IllegalArgumentException("not a day: " + text);
        }
        return new FiscalDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** The fiscal year the day lies in: October to December belong to the next year's. */
    public int fiscalYear() {
        return month >= 10 ? year + 1 : year;
    }

    /** The quarter of the fiscal year, 1 (October–December) to 4 (July–September). */
    public int quarter() {
        return month >= 10 ? 1 : (month + 2) / 3 + 1;
    }

    /** Whether the day lies in the fiscal years {@code from} to {@code to}. */
    public boolean within(int from, int to) {
        return fiscalYear() >= from && fiscalYear() <= to;
    }

    /** For ordering reports: later days are greater. */
    public int ordinal() {
        return (year * 100 + month) * 100 + day;
    }
}
