package plan.app.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import plan.load.Limits;
import plan.cache.CheckMemo;
import plan.cache.FindingsCodec;

/**
 * A results file as a run first finds it, before it is checked: the hash of its bytes and, when
 * the check memo remembers it (without errors) against its plan as that plan is now, what it remembers. A
 * file that looks as it did when last hashed (size, modification time, identity: see
 * {@link plan.cache.FileLook}) is not read at all, as an unchanged plan file is not; one that is read keeps
 * its bytes for its check. Made for every results file of a run, in parallel.
 *
 * @param bytes    the file's bytes, where they were read (null: its look was trusted, or it is unreadable)
 * @param hash     the SHA-256 of its bytes, or null when it could not be read
 * @param key      its key in the memo ({@link Keys}) for those bytes, or null when it could not be read
 * @param recalled the remembered result, or null: the file is to be checked
 * @param remembered what is remembered of it (see {@link RememberedResults}) when it was recalled, else null
 */
record RecalledResults(PlanFile file, byte[] bytes, String hash, String key, CheckedResults recalled, String remembered) {
    /**
     * The file's hash and remembered result.
     *
     * @param byId the checked plans of the run by id, to tell whether a file's plan (or a base of it) changed
     */
    static RecalledResults of(PlanFile file, CheckMemo memo, RememberedResults remembered, Keys keys,
                              Limits limits, Map<String, CheckedPlan> byId) {
        String known = memo.knownHash(file.path());
        if (known != null) {
            RecalledResults recalled = recall(remembered, file, null, known, keys.of(file, known), limits, byId);
            if (recalled != null) {
                return recalled;
            }
        }
        // The look before reading: a write during the read makes the look stale, not wrong.
        java.util.function.Consumer<String> hashed = memo.remembers() ? memo.reading(file.path()) : hash -> { };
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            return new RecalledResults(file, null, null, null, null, null); // the check reports it
        }
        String hash = sha256(bytes);
        hashed.accept(hash);
        String key = keys.of(file, hash);
        RecalledResults recalled = recall(remembered, file, bytes, hash, key, limits, byId);
        return recalled != null ? recalled : new RecalledResults(file, bytes, hash, key, null, null);
    }

    /**
     * True when {@code file} looks changed since it was last hashed (or never was): its report is
     * then likely to render. Asked of every results file before a build checks them, to ready the
     * renderer, so the file is not read and nothing remembered is looked up: a file saved again
     * with the same bytes counts as changed, which only readies the renderer for nothing. Whether
     * its plan changed is not asked here: a changed plan is itself a changed file.
     */
    static boolean looksChanged(PlanFile file, CheckMemo memo) {
        return !memo.remembers() || memo.knownHash(file.path()) == null;
    }

    /**
     * The keys of results files in the memo: everything a file's remembered result depends on but
     * its plan (the tool, its path, its bytes, the limits), as one hash. Made once per check: what
     * every key starts with is hashed once and copied for each file (a rebuild makes a thousand).
     */
    static final class Keys {
        private final MessageDigest start;
        private final String limits;

        Keys(String identity, Limits limits) {
            this.start = sha256Digest();
            start.update((identity + "\0results\0").getBytes(StandardCharsets.UTF_8));
            this.limits = limits.toString();
        }

        /** The key of {@code file} with bytes of {@code hash}. */
        String of(PlanFile file, String hash) {
            MessageDigest sha;
            try {
                sha = (MessageDigest) start.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("the runtime's SHA-256 can be copied", e);
            }
            sha.update((file.displayPath() + "\0" + hash + "\0" + limits).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        }
    }

    /** The file with bytes of {@code hash} recalled, if its plan and that plan's bases are as they were; else null. */
    private static RecalledResults recall(RememberedResults remembered, PlanFile file, byte[] bytes, String hash,
                                          String key, Limits limits, Map<String, CheckedPlan> byId) {
        String text = remembered.get(key);
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        if (lines.length != 5) {
            return null;
        }
        CheckedPlan plan = byId.get(lines[2]);
        if (plan == null || !lines[0].equals(ResultsChecker.planChain(plan, byId))) {
            return null; // its plan, or a base of it, changed: checked again
        }
        FindingsCodec.Shown shown = lines[4].isEmpty() ? null : FindingsCodec.decode(lines[4]);
        if (!lines[4].isEmpty() && shown == null) {
            return null; // what was remembered cannot be read back: checked again
        }
        return new RecalledResults(file, bytes, hash, key, CheckedResults.recalled(file, hash,
                new CheckedResults.Known(lines[1], lines[2], lines[3]), limits, shown), text);
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
