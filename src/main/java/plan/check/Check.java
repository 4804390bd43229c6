package plan.check;

import plan.diag.Rule;

/** One rule of the format, checked over a bound plan. */
public interface Check {
    Rule rule();

    void check(CheckContext context);
}
