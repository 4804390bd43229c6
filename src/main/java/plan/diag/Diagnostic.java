package plan.diag;

/**
 * One finding at a position of a file. {@code hint} may be null; {@code waiver} is the reason
 * a plan gave for turning this rule's error into a note, or null.
 */
public record Diagnostic(String file, int line, int column, Severity severity, String rule,
                         Message message, Message hint, String waiver) {

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(file, line, column, newSeverity, rule, message, hint, waiver);
    }

    public Diagnostic waived(String reason) {
        return new Diagnostic(file, line, column, Severity.NOTE, rule, message, hint, reason);
    }
}
