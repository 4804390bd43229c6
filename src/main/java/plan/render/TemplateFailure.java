package plan.render;

/**
 * A template could not be read or run: a user's template is their input, so this is reported
 * like a diagnostic ({@code TEMPLATE:LINE:COLUMN: error[template]: ...}), not as a crash.
 */
public final class TemplateFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public TemplateFailure(String template, int line, int column, String message, Throwable cause) {
        // FreeMarker's explanation runs over several lines: the first goes on the diagnostic line,
        // the rest follow it indented.
        super(template + ":" + Math.max(1, line) + ":" + Math.max(1, column) + ": error[template]: "
                + message.strip().replaceAll("\\R\\s*", "\n  "), cause);
    }
}
