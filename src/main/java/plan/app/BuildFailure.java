package plan.app;

import plan.app.publish.FolderPublisher;
import plan.diag.Diagnostic;
import plan.diag.Message;
import plan.diag.Messages;
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
    /** Why, as a message of the bundles: the command words it in the reader's language. */
    private final transient Message message;

    private BuildFailure(Message message, Kind kind, Diagnostic diagnostic, Throwable cause) {
        super(message.key(), cause);
        this.message = message;
        this.kind = kind;
        this.diagnostic = diagnostic;
    }

    public static BuildFailure usage(Message message, Throwable cause) {
        return new BuildFailure(message, Kind.USAGE, null, cause);
    }

    /** A lower layer's failure already worded (a font's, a renderer's): passed on as it is. */
    public static BuildFailure usage(String worded, Throwable cause) {
        return usage(asGiven(worded), cause);
    }

    /** A plan that cannot be rendered as written (its PDF would take too long): exit 1. */
    public static BuildFailure input(Message message, Throwable cause) {
        return new BuildFailure(message, Kind.INPUT, null, cause);
    }

    public static BuildFailure environment(Message message, Throwable cause) {
        return new BuildFailure(message, Kind.ENVIRONMENT, null, cause);
    }

    private static Message asGiven(String worded) {
        return Message.of("failure.as-given", worded == null ? "" : worded);
    }

    static BuildFailure template(TemplateFailure e) {
        Diagnostic d = new Diagnostic(e.template(), e.line(), e.column(), Severity.ERROR, TEMPLATE_RULE,
                Message.of("build.template", e.detail()), null, null);
        return new BuildFailure(asGiven(e.getMessage()), Kind.INPUT, d, e);
    }

    /** The one line (or lines) the user sees, in the language of {@code messages}. */
    public String message(Messages messages) {
        return messages.format(message);
    }

    /** English, for logs and tests. */
    @Override
    public String getMessage() {
        return message(new Messages(java.util.Locale.ENGLISH));
    }

    public Kind kind() {
        return kind;
    }

    /** The failure as a diagnostic at a template's line, or null when it has no position. */
    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
