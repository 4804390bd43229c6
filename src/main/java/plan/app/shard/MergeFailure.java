package plan.app.shard;

import java.util.Locale;

import plan.diag.Message;
import plan.diag.Messages;

/** {@code plan merge} cannot join the shards given; the message says why, in one line. */
public final class MergeFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean usage;
    /** Why, as a message of the bundles: the command words it in the reader's language. */
    private final transient Message message;

    private MergeFailure(Message message, boolean usage, Throwable cause) {
        super(message.key(), cause);
        this.message = message;
        this.usage = usage;
    }

    /** The shards do not fit together (missing, doubled, another tool, damaged): exit 1. */
    static MergeFailure shards(String key, Object... args) {
        return new MergeFailure(Message.of(key, args), false, null);
    }

    /** As {@link #shards(String, Object...)}, with a message already made (a manifest's). */
    static MergeFailure shards(Message why) {
        return new MergeFailure(why, false, null);
    }

    /** A folder that is not there or cannot be written: exit 2. */
    static MergeFailure usage(Throwable cause, String key, Object... args) {
        return new MergeFailure(Message.of(key, args), true, cause);
    }

    /** An output the system refuses, with its message made (it names the document, see RefusedDocument): exit 2. */
    static MergeFailure usage(Throwable cause, Message why) {
        return new MergeFailure(why, true, cause);
    }

    public boolean usage() {
        return usage;
    }

    /** The one line the user sees, in the language of {@code messages}. */
    public String message(Messages messages) {
        return messages.format(message);
    }

    /** English, for logs and tests. */
    @Override
    public String getMessage() {
        return message(new Messages(Locale.ENGLISH));
    }
}
