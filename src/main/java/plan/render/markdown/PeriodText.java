package plan.render.markdown;

import plan.model.Period;

/** A plan's period as readers write it: "พ.ศ. 2566–2569", or one year for a one-year plan. */
public final class PeriodText {
    private PeriodText() {
    }

    public static String of(Period period, String yearWord) {
        int from = period.from().value();
        int to = period.to().value();
        return yearWord + " " + (from == to ? String.valueOf(from) : from + "–" + to);
    }
}
