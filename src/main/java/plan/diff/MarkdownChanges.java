package plan.diff;

import java.io.PrintWriter;
import java.util.List;

import plan.diag.Message;
import plan.diag.Messages;

/**
 * {@code --format markdown}, for a pull-request comment: a summary line (with the change of the
 * plan's total budget, the figure a reviewer asks first), then one table for each kind of change.
 * A reworded text shows its removed words struck in the old column and its added words bold in
 * the new one, so the eye finds the edit without reading the sentence twice.
 */
final class MarkdownChanges implements ChangePrinter {
    private final Messages messages;

    MarkdownChanges(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void print(List<Change> changes, PrintWriter out) {
        List<String> plans = changes.stream().map(Change::plan).distinct().toList();
        String summary = "**" + messages.format(Message.of("diff.title")) + "**"
                + (plans.size() == 1 ? " · `" + plans.get(0) + "`" : "") + ": " + ChangePhrases.summary(changes, messages);
        for (Change c : changes) {
            if (c.what().equals("budget total")) {
                summary += " · " + messages.format(Message.of("diff.total", c.old(), c.now(), ChangePhrases.delta(c.delta())));
            }
        }
        boolean totalChanged = changes.stream().anyMatch(c -> c.what().equals("budget total"));
        if (!totalChanged && changes.stream().anyMatch(c -> c.delta() != null)) {
            // Budgets moved between projects: say the total held, the reviewer's next question.
            summary += " · " + messages.format(Message.of("diff.total-same"));
        }
        out.println(summary);
        for (Change.Kind kind : List.of(Change.Kind.CHANGED, Change.Kind.ADDED, Change.Kind.REMOVED, Change.Kind.MOVED)) {
            List<Change> these = changes.stream().filter(c -> c.kind() == kind).toList();
            if (these.isEmpty()) {
                continue;
            }
            out.println();
            out.println("#### " + messages.word("diff.heading." + kind.word()) + " (" + these.size() + ")");
            out.println();
            boolean several = plans.size() > 1;
            String plan = several ? messages.word("diff.column.plan") + " | " : "";
            String cols = switch (kind) {
                case CHANGED -> col("old") + " | " + col("new");
                case ADDED -> col("new");
                case REMOVED -> col("old");
                case MOVED -> col("from") + " | " + col("to");
            };
            out.println("| " + plan + col("item") + " | " + col("part") + " | " + cols + " |");
            out.println("|" + " --- |".repeat((several ? 1 : 0) + 2 + (kind == Change.Kind.CHANGED || kind == Change.Kind.MOVED ? 2 : 1)));
            for (Change c : these) {
                out.println("| " + (several ? cell(c.plan()) + " | " : "") + cell(c.id()) + " | " + cell(ChangePhrases.part(c, messages)) + " | "
                        + cells(c) + " |");
            }
        }
        out.flush();
    }

    private String col(String name) {
        return messages.word("diff.column." + name);
    }

    private static String cells(Change c) {
        return switch (c.kind()) {
            case ADDED -> cell(c.now());
            case REMOVED -> cell(c.old());
            case MOVED -> cell(c.old()) + " | " + cell(c.now());
            case CHANGED -> c.text() ? marked(c.old(), c.now(), WordDiff.Op.REMOVED, "~~") + " | " + marked(c.old(), c.now(), WordDiff.Op.ADDED, "**")
                    : cell(c.old()) + " | " + cell(c.now()) + (c.delta() != null ? " (" + ChangePhrases.delta(c.delta()) + ")" : "");
        };
    }

    /** One side of a word diff: the words only on this side wrapped in {@code mark}. */
    private static String marked(String old, String now, WordDiff.Op side, String mark) {
        // This side's pieces, consecutive changed ones joined: "~~a~~~~b~~" would read as nested markup.
        List<WordDiff.Piece> pieces = new java.util.ArrayList<>();
        for (WordDiff.Piece p : WordDiff.diff(old, now)) {
            if (p.op() != WordDiff.Op.SAME && p.op() != side) {
                continue;
            }
            WordDiff.Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (last != null && last.op() == p.op()) {
                pieces.set(pieces.size() - 1, new WordDiff.Piece(p.op(), last.text() + p.text()));
            } else {
                pieces.add(p);
            }
        }
        StringBuilder b = new StringBuilder();
        for (WordDiff.Piece p : pieces) {
            // The spaces around a piece stay (a cell strips them): "alpha BETA gamma", not "alpha**BETA**gamma".
            // Emphasis must not start or end with a space, or it is not emphasis: the spaces go outside it.
            String t = p.text().replace("\r", "").replace('\n', ' ');
            String lead = t.substring(0, t.length() - t.stripLeading().length());
            String core = t.strip();
            String trail = t.substring(lead.length() + core.length());
            String text = p.op() == WordDiff.Op.SAME ? cell(core) : core.isEmpty() ? "" : mark + cell(core) + mark;
            b.append(lead.isEmpty() ? "" : " ").append(text).append(trail.isEmpty() ? "" : " ");
        }
        return b.toString().strip();
    }

    /** A table cell: one line, with the characters Markdown would read as syntax escaped. */
    static String cell(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char ch : s.strip().toCharArray()) {
            if (ch == '\n') {
                b.append("<br>");
            } else if (ch == '\r') {
                continue;
            } else {
                if ("\\`*_~[]<>|#".indexOf(ch) >= 0) {
                    b.append('\\');
                }
                b.append(ch);
            }
        }
        return plan.diag.Printable.of(b.toString());
    }
}
