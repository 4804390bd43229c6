package plan.app.publish;

import java.io.IOException;

import plan.diag.IoReason;
import plan.diag.Message;

/**
 * A document that cannot be put in its place in the output folder, named relative to that
 * folder (never by its staged copy, which the user never saw): either found blocked before
 * anything moved (a folder, or something else that is not a file, where it goes), or refused by
 * the system while the documents were moved into place.
 */
public final class RefusedDocument extends IOException {
    private static final long serialVersionUID = 1L;

    private final String name;
    /** The message's key: what blocks, or that the system refused. */
    private final String key;

    private RefusedDocument(String name, String key, IOException cause) {
        super(name, cause);
        this.name = name;
        this.key = key;
    }

    /** At {@code name} (relative to the output folder), a document goes and a folder or other non-file stands; nothing has moved yet. */
    static RefusedDocument notAFile(String name) {
        return new RefusedDocument(name, "io.document-blocked", null);
    }

    /** At {@code name}, a folder of documents goes and a file stands; nothing has moved yet. */
    static RefusedDocument notAFolder(String name) {
        return new RefusedDocument(name, "io.folder-blocked", null);
    }

    /** The system refused to put document {@code name} in place, after those before it were. */
    static RefusedDocument whileMoving(String name, IOException cause) {
        return new RefusedDocument(name, "io.document-refused", cause);
    }

    /** The path below the output folder that refused. */
    public String name() {
        return name;
    }

    /** The message for the user; {@code out}: the output folder as the command line gave it. */
    public Message message(Object out) {
        return getCause() instanceof IOException e ? Message.of(key, name, out, IoReason.message(e)) : Message.of(key, name, out);
    }

    /** The message of any failure to write into {@code out}: this one's own, else the folder's with the system's reason. */
    public static Message messageOf(IOException e, Object out) {
        return e instanceof RefusedDocument r ? r.message(out) : Message.of("io.cannot-write", out, IoReason.message(e));
    }
}
