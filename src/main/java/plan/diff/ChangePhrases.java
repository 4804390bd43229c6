package plan.diff;

import java.math.BigDecimal;
import java.util.List;

import plan.diag.Message;
import plan.diag.Messages;
import plan.model.Money;

/** The words every printer shares: a change in one line, the summary of a diff. */
final class ChangePhrases {
    private ChangePhrases() {
    }

    /** "+200,000" or "−200,000": a difference of money, signed. */
    static String delta(BigDecimal delta) {
        return (delta.signum() < 0 ? "−" : "+") + Money.format(delta.abs());
    }

    static long count(List<Change> changes, Change.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** "3 changed, 1 added, 1 moved", or that nothing changed. */
    static String summary(List<Change> changes, Messages m) {
        if (changes.isEmpty()) {
            return m.format(Message.of("diff.none"));
        }
        // Only the kinds that happened: "6 changed" reads faster than "6 changed, 0 added, 0 removed, 0 moved".
        List<String> parts = new java.util.ArrayList<>();
        for (Change.Kind kind : Change.Kind.values()) {
            long n = count(changes, kind);
            if (n > 0) {
                parts.add(m.format(Message.of("diff.count." + kind.word(), n)));
            }
        }
        return String.join(m.word("diff.count.separator"), parts);
    }

    /**
     * The part that changed in the reader's language: {@code target 2568} is "เป้าหมายปี 2568",
     * {@code budget.quarters Q2} "งบประมาณ ไตรมาส 2". A whole path the bundles name is worded as
     * one; else each of its keys that they name; a key they do not name stays as written (it is
     * the author's key, as in the file).
     */
    static String part(Change c, Messages m) {
        String what = field(c.what(), m);
        String key = c.key() == null ? null
                : c.key().matches("Q[1-4]") ? m.format(Message.of("diff.quarter", c.key().substring(1))) : c.key();
        String part = key == null ? what : what + " " + key;
        return c.context() == null ? part : part + " (" + c.context() + ")";
    }

    private static String field(String what, Messages m) {
        String whole = m.word("diff.field." + what.replace(' ', '-'));
        if (!whole.startsWith("diff.field.")) {
            return whole;
        }
        StringBuilder out = new StringBuilder();
        for (String segment : what.split("\\.")) {
            String word = m.word("diff.field." + segment);
            out.append(out.length() == 0 ? "" : m.word("diff.field.separator"))
                    .append(word.startsWith("diff.field.") ? segment : word);
        }
        return out.toString();
    }

    /** One line for a change: {@code KPI1 target 2568: 90 → 85}, used in annotations. */
    static String line(Change c, Messages m) {
        String head = c.id() + " " + part(c, m) + " (" + m.word("diff.kind." + c.kind().word()) + ")";
        String body = switch (c.kind()) {
            case ADDED -> c.now();
            case REMOVED -> c.old();
            case CHANGED -> c.old() + " → " + c.now();
            case MOVED -> c.old() + " → " + c.now();
        };
        if (c.delta() != null && c.kind() == Change.Kind.CHANGED) {
            body += " (" + delta(c.delta()) + ")";
        }
        return body == null || body.isEmpty() ? head : head + ": " + body;
    }
}
