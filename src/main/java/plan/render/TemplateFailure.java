package plan.render;

/**
 * A template could not be read or run: a user's template is their input, so this is reported
 * like a diagnostic ({@code TEMPLATE:LINE:COLUMN: error[template]: ...}), not as a crash.
 */
public final class TemplateFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final String template;
    private final int line;
    private final int column;
    private final String detail;

    public TemplateFailure(String template, int line, int column, String detail, Throwable cause) {
        super(template + ":" + Math.max(1, line) + ":" + Math.max(1, column) + ": error[template]: " + detail, cause);
        this.template = template;
        this.line = Math.max(1, line);
        this.column = Math.max(1, column);
        this.detail = detail;
    }

    /** The template's name as the engine knows it (relative to its folder). */
    public String template() {
        return template;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What went wrong, without the position. */
    public String detail() {
        return detail;
    }
}
