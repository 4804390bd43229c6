package plan.fuzz;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import plan.diag.Diagnostic;
import plan.diag.Message;
import plan.diag.Messages;
import plan.diag.Rule;
import plan.diag.Source;

/**
 * What every diagnostic must be, whatever the input: at a real 1-based position, under a rule of
 * the format, with wording in every language. A violation is thrown as an AssertionError, which
 * Jazzer reports as a finding like any crash.
 */
final class DiagnosticInvariants {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DiagnosticInvariants() {
    }

    static void verify(List<Diagnostic> diagnostics, Source source) {
        for (Diagnostic d : diagnostics) {
            require(d.line() >= 1 && d.column() >= 1, "position below 1:1", d);
            require(d.file().equals(Pipeline.FILE), "wrong file", d);
            require(d.severity() != null, "no severity", d);
            require(Rule.byId(d.rule()).isPresent(), "rule not of the format", d);
            require(d.message() != null, "no message", d);
            for (Messages messages : Pipeline.LANGUAGES) {
                worded(messages, d.message(), d);
                if (d.hint() != null) {
                    worded(messages, d.hint(), d);
                }
            }
        }
    }

    /**
     * {@link Messages#format} answers a key missing from the bundle with "key [args]" instead of
     * failing; that fallback is what we look for, in the message and in messages nested as arguments.
     */
    private static void worded(Messages messages, Message message, Diagnostic d) {
        List<Message> all = new ArrayList<>();
        collect(message, all);
        for (Message m : all) {
            String text = messages.format(m);
            require(!text.equals(m.key() + " " + m.args()),
                    "message key '" + m.key() + "' missing for " + messages.locale(), d);
        }
    }

    private static void collect(Message m, List<Message> into) {
        into.add(m);
        for (Object arg : m.args()) {
            if (arg instanceof Message nested) {
                collect(nested, into);
            }
        }
    }

    /** {@code --format json} is read by CI scripts: it must parse, one object per diagnostic. */
    static void verifyJson(String json, int count) {
        JsonNode array;
        try {
            array = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("--format json does not parse: " + e.getOriginalMessage() + "\n" + json, e);
        }
        if (!array.isArray() || array.size() != count) {
            throw new AssertionError("--format json is not an array of " + count + " objects:\n" + json);
        }
    }

    private static void require(boolean holds, String what, Diagnostic d) {
        if (!holds) {
            throw new AssertionError(what + ": " + d);
        }
    }
}
