package plan.app;

import plan.app.publish.FolderPublisher;
import plan.diag.Diagnostic;
import plan.diag.Message;
import plan.diag.Severity;
import plan.render.TemplateFailure;

/**
 * A build that stopped before publishing everything (what was published stays consistent: see
 * {@link FolderPublisher}). The message is for the user, one line;
 * a broken template is also a {@link #diagnostic()}, printed with the plans' findings.
 */
public final class BuildFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** Whose fault, which decides the exit code. */
    public enum Kind {
        /** The user's own input (a template): exit 1. */
        INPUT,
        /** What the command line asked for cannot be used (a font, an --out that is no folder): exit 2. */
        USAGE,
        /** The system refused to write the output (disk full, read-only, no permission): exit 3. */
        ENVIRONMENT
    }

    /** The rule name of template diagnostics: {@code TEMPLATE:LINE:COLUMN: error[template]: ...}. */
    public static final String TEMPLATE_RULE = "template";

    private final Kind kind;
    private final transient Diagnostic diagnostic;

    private BuildFailure(String message, Kind kind, Diagnostic diagnostic, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.diagnostic = diagnostic;
    }

    public static BuildFailure usage(String message, Throwable cause) {
        return new BuildFailure(message, Kind.USAGE, null, cause);
    }

    /** A plan that cannot be rendered as written (its PDF would take too long): exit 1. */
    public static BuildFailure input(String message, Throwable cause) {
        return new BuildFailure(message, Kind.INPUT, null, cause);
    }

    public static BuildFailure environment(String message, Throwable cause) {
        return new BuildFailure(message, Kind.ENVIRONMENT, null, cause);
    }

    static BuildFailure template(TemplateFailure e) {
        Diagnostic d = new Diagnostic(e.template(), e.line(), e.column(), Severity.ERROR, TEMPLATE_RULE,
                Message.of("build.template", e.detail()), null, null);
        return new BuildFailure(e.getMessage(), Kind.INPUT, d, e);
    }

    public Kind kind() {
        return kind;
    }

    /** The failure as a diagnostic at a template's line, or null when it has no position. */
    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
