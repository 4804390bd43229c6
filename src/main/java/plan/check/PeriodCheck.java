package plan.check;

import plan.diag.Message;
import plan.diag.Rule;
import plan.model.Period;
import plan.model.Year;

/** period: Buddhist Era years in 2400–2700, from no later than to; also the focus year. */
final class PeriodCheck implements Check {
    static final int FIRST = 2400;
    static final int LAST = 2700;
    /** Buddhist Era = Common Era + 543. */
    static final int BE_OFFSET = 543;

    @Override
    public Rule rule() {
        return Rule.PERIOD;
    }

    @Override
    public void check(CheckContext c) {
        Period p = c.plan().period();
        if (p != null) {
            boolean fromOk = inRange(c, p.from());
            boolean toOk = inRange(c, p.to());
            if (fromOk && toOk && p.from().value() > p.to().value()) {
                c.report(rule(), p.from().span(), Message.of("check.period-order", p.from().value(), p.to().value()),
                        Message.of("check.period-order.hint"));
            }
        }
        if (c.plan().focus() != null && c.plan().focus().year() != null) {
            inRange(c, c.plan().focus().year());
        }
    }

    private boolean inRange(CheckContext c, Year year) {
        int y = year.value();
        if (y >= FIRST && y <= LAST) {
            return true;
        }
        boolean commonEra = y + BE_OFFSET >= FIRST && y + BE_OFFSET <= LAST;
        c.report(rule(), year.span(), Message.of("check.period-range", y, FIRST, LAST),
                commonEra ? Message.of("check.period-ce.hint", y, y + BE_OFFSET) : null);
        return false;
    }
}
