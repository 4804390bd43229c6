package plan.render.pdf.text;

import java.io.IOException;

/**
 * A document did not finish typesetting within its time budget (usually one enormous paragraph).
 * The message is for the user as it is: it names the document and the limit.
 */
public final class TypesettingTooLong extends IOException {
    private static final long serialVersionUID = 1L;

    public TypesettingTooLong(String message, Throwable cause) {
        super(message, cause);
    }
}
