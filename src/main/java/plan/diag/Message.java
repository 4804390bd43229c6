package plan.diag;

import java.util.List;

/**
 * A message to be worded in the reader's language: a key into the message bundles and its
 * arguments. Kept unworded until printing so that one check run serves every language.
 */
public record Message(String key, List<Object> args) {
    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
