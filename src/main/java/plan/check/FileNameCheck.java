package plan.check;

import java.nio.charset.StandardCharsets;

import plan.diag.Message;
import plan.diag.Rule;
import plan.model.Span;
import plan.model.Text;

/**
 * wrong-type, for the plan id as a file name: the id names the plan's documents (ID.html), and
 * file systems limit a name to 255 bytes, not characters; a Thai letter takes three. A longer
 * id used to pass the check and then fail the whole build. {@link #MAX_BYTES} leaves room for
 * the extension and the build's own files named after the plan.
 */
final class FileNameCheck implements Check {
    static final int MAX_BYTES = 200;

    @Override
    public Rule rule() {
        return Rule.WRONG_TYPE;
    }

    @Override
    public void check(CheckContext c) {
        Text id = c.plan().id();
        if (id == null) {
            return;
        }
        int bytes = id.value().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            Span at = id.span().line() > 0 ? id.span() : new Span(id.span().file(), 1, 1);
            c.report(rule(), at, Message.of("check.id-too-long", bytes, MAX_BYTES),
                    Message.of("check.id-too-long.hint"));
        }
    }
}
