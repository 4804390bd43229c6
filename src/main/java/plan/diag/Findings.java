package plan.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one file as the stages find them. */
public final class Findings {
    /** Position order, then the order of discovery, so related findings stay together. */
    public static final Comparator<Diagnostic> BY_POSITION = Findings::byPosition;

    // One method rather than Comparator.comparing(...).thenComparingInt(...): those combinators'
    // lambdas are made at run time on every start (the start-up cache holds only the program's own).
    private static int byPosition(Diagnostic a, Diagnostic b) {
        int byFile = a.file().compareTo(b.file());
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(a.line(), b.line());
        return byLine != 0 ? byLine : Integer.compare(a.column(), b.column());
    }

    private final String file;
    private final List<Diagnostic> found = new ArrayList<>();

    public Findings(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void add(Severity severity, String rule, int line, int column, Message message, Message hint) {
        found.add(new Diagnostic(file, Math.max(1, line), Math.max(1, column), severity, rule, message, hint, null));
    }

    /** A finding of {@code rule} at its default severity. */
    public void report(Rule rule, int line, int column, Message message, Message hint) {
        add(rule.defaultSeverity(), rule.id(), line, column, message, hint);
    }

    public void report(Rule rule, int line, int column, Message message) {
        report(rule, line, column, message, null);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** What was found so far, sorted by position (stable for equal positions). */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(found);
        copy.sort(BY_POSITION);
        return copy;
    }
}
