package plan.workspace;

import java.util.List;

import plan.bind.FrameworkBinder;
import plan.bind.PlanBinder;
import plan.format.FileKind;
import plan.format.Format;
import plan.format.Kind;
import plan.load.Limits;
import plan.model.Value;

/**
 * The caching half of a workspace: each file's own check result remembered in a {@link ResultMemory}
 * (which the cache package implements) under a key of everything it depends on (the file's bytes
 * by their hash, its name and path, the limits, the tool), recalled instead of loading, binding
 * and checking the file again, and the text and model made again from it when the collector took
 * them. The workspace itself is the
 * pipeline ({@link Workspace}: load, bind, check, then the rules across files); what the memo
 * lacks it checks afresh through {@link Fresh}.
 */
final class RememberedChecks {
    /** load -> bind -> check of one file, its own findings: the workspace's pipeline. */
    @FunctionalInterface
    interface Fresh {
        /** @param bytes the file's bytes when already read, else null; @param contentHash their hash, or null */
        Checked check(Input input, byte[] bytes, String contentHash);
    }

    private final ResultMemory memo;
    /** The hash so far of what every file's key starts with (the kind of key, the tool, the limits): copied for each file. */
    private final java.security.MessageDigest keyStart;
    private final Limits limits;
    private final Format format;
    private final RecentModels recent;
    private final Fresh fresh;

    RememberedChecks(ResultMemory memo, String identity, Limits limits, Format format, RecentModels recent, Fresh fresh) {
        this.memo = memo;
        this.keyStart = sha();
        for (String part : List.of("check 3", identity, limits.toString())) {
            add(keyStart, part);
        }
        this.limits = limits;
        this.format = format;
        this.recent = recent;
        this.fresh = fresh;
    }

    /**
     * True when checking {@code input} would check it afresh: no result is remembered for its
     * bytes as they are now (it changed, or is new), or there is no memo. A file that looks as
     * it did when hashed is not read; another is read and hashed, not checked.
     */
    boolean changed(Input input) {
        if (!memo.remembers()) {
            return true;
        }
        String hash = input.file() == null ? null : memo.knownHash(input.file());
        if (hash == null) {
            byte[] bytes = bytesOf(input);
            if (bytes == null) {
                return true;
            }
            hash = sha256(bytes);
        }
        return !memo.has(key(input, hash));
    }

    /** The input's bytes as the loader reads them (one past the limit at most), or null when unreadable. */
    private byte[] bytesOf(Input input) {
        if (input.bytes() != null) {
            return input.bytes();
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(input.file())) {
            return in.readNBytes(limits.maxBytes() + 1);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /**
     * A file's own result: remembered by the memo when its bytes (and all else the result depends
     * on) are those of a file checked before, else load -> bind -> check, then remembered.
     */
    Checked checkOne(Input input) {
        if (!memo.remembers()) {
            return fresh.check(input, null, null);
        }
        // A file that looks as it did when last hashed is not read at all: its text is in the result.
        String unchanged = input.file() == null ? null : memo.knownHash(input.file());
        Checked remembered = unchanged == null ? null : recall(input, key(input, unchanged), unchanged);
        if (remembered != null) {
            return remembered;
        }
        // Told before reading: a write during the read makes what the memory notes stale, not wrong.
        java.util.function.Consumer<String> hashed = input.bytes() == null ? memo.reading(input.file()) : null;
        byte[] bytes = bytesOf(input);
        if (bytes == null) {
            return fresh.check(input, null, null); // the loader reports what is wrong with the file
        }
        String contentHash = sha256(bytes);
        if (hashed != null) {
            hashed.accept(contentHash);
        }
        String key = key(input, contentHash);
        remembered = recall(input, key, contentHash);
        if (remembered != null) {
            return remembered;
        }
        Checked checked = fresh.check(input, bytes, contentHash);
        // Only files that were read and bound are remembered: a broken file is rare and is checked afresh.
        Value.Mapping tree = checked.plan() != null ? checked.plan().tree()
                : checked.framework() != null ? checked.framework().tree() : null;
        if (tree != null && memo.remember(key, checked.facts(), checked.found(), new ResultMemory.Body(checked.source(), tree))
                && input.file() != null) {
            ReloadableModel.Parts parts = new ReloadableModel.Parts(checked.source(), checked.plan(), checked.framework());
            return new Checked(checked.path(), checked.kind(), ReloadableModel.remade(recent, parts, () -> remade(input, key)),
                    checked.found(), checked.facts(), contentHash);
        }
        return checked;
    }

    /** A file's text and model made again from the memo, else (the memo lost it) from the file. */
    private ReloadableModel.Parts remade(Input input, String key) {
        ResultMemory.Body body = memo.body(key);
        if (body != null && body.source().path().equals(input.path())) {
            return parts(input, body);
        }
        Checked again = fresh.check(input, null, null);
        return new ReloadableModel.Parts(again.source(), again.plan(), again.framework());
    }

    private ReloadableModel.Parts parts(Input input, ResultMemory.Body r) {
        FileKind kind = Workspace.kindOf(format, input);
        String defaultId = kind.defaultId(input.fileName());
        if (kind.equals(format.framework())) {
            return new ReloadableModel.Parts(r.source(), null, FrameworkBinder.view(r.tree(), defaultId, input.path()));
        }
        return new ReloadableModel.Parts(r.source(), PlanBinder.view(r.tree(), defaultId, input.path()), null);
    }

    /** Everything a file's own result depends on, as one hash: its bytes (by their hash), name, path, the limits, the tool. */
    private String key(Input input, String contentHash) {
        java.security.MessageDigest sha = copy(keyStart);
        add(sha, input.path());
        add(sha, input.fileName());
        add(sha, contentHash);
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    /** One part of a key, ended by a zero byte. */
    private static void add(java.security.MessageDigest sha, String part) {
        sha.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static String sha256(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(sha().digest(bytes));
    }

    /** Copied for each use: looking SHA-256 up among the providers costs more than hashing a key. */
    private static final java.security.MessageDigest SHA_256;

    static {
        try {
            SHA_256 = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static java.security.MessageDigest sha() {
        return copy(SHA_256);
    }

    private static java.security.MessageDigest copy(java.security.MessageDigest digest) {
        try {
            return (java.security.MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the runtime's SHA-256 can be copied", e);
        }
    }

    /**
     * The remembered result of a file: its findings and facts now; its text and model only when
     * wanted (a check of unchanged files prints findings and never needs them). Null when the memo
     * has none under {@code key} or it is unreadable.
     */
    private Checked recall(Input input, String key, String contentHash) {
        ResultMemory.Head head = memo.head(key);
        if (head == null) {
            return null;
        }
        // The check read the plan's logo: changed, removed or replaced since, the plan is checked again.
        if (!head.facts().logoAsChecked(input.path())) {
            return null;
        }
        boolean plan = head.facts().kind() != null && head.facts().kind().equals(Kind.PLAN);
        boolean framework = head.facts().kind() != null && head.facts().kind().equals(Kind.FRAMEWORK);
        ReloadableModel held;
        if (input.file() != null) {
            java.util.Set<Integer> lines = new java.util.HashSet<>();
            head.found().forEach(d -> lines.add(d.line()));
            held = ReloadableModel.later(recent, plan, framework, () -> remade(input, key), head.excerpt(), lines);
        } else {
            // A buffer's result: its body is read now (a buffer cannot be read again later).
            ResultMemory.Body body = memo.body(key);
            if (body == null) {
                return null;
            }
            ReloadableModel.Parts parts = parts(input, body);
            held = ReloadableModel.of(parts.source(), parts.plan(), parts.framework());
        }
        return new Checked(input.path(), Workspace.kindOf(format, input), held, head.found(), head.facts(), contentHash);
    }
}
