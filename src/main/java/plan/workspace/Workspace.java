package plan.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.bind.FrameworkBinder;
import plan.bind.PlanBinder;
import plan.check.CheckContext;
import plan.check.Checker;
import plan.check.FrameworkChecker;
import plan.diag.Diagnostic;
import plan.diag.Findings;
import plan.format.FileKind;
import plan.format.Format;
import plan.format.Kind;
import plan.load.Limits;
import plan.load.Loaded;
import plan.load.PlanLoader;
import plan.model.Framework;
import plan.model.Plan;
import plan.model.Value;

/**
 * The files of one run, checked: each file on its own (load, bind, check, its policy), then the
 * rules across files. A file checked again replaces its earlier version, so a long-lived
 * workspace (a preview server) stays current. Thread-safe; files are checked in parallel.
 */
public final class Workspace {
    /**
     * What a workspace's user wants kept of each plan beside its check result (in {@link CrossFileFacts},
     * and with them in the memo), made while the model is in hand: a later run that recalls the
     * result then needs no model for it. A build keeps what its site index and render keys need.
     * The result's key does not cover the summarizer: it must depend on the plan alone and on the
     * tool (which the key does cover).
     */
    @FunctionalInterface
    public interface Summarizer {
        /** Keeps nothing. */
        Summarizer NONE = plan -> List.of();

        /** What to keep of {@code plan}, as strings (none null). */
        List<String> summary(Plan plan);
    }

    private final List<CrossCheck> cross;
    /** The plans that continue a base, read with what they inherit (see {@link Bases}). */
    private final Bases bases;
    /** What is read of a remembered result to find its head: the heads of the seed plans take 1 to 4 KB. */
    private static final int HEAD_BYTES = 8 * 1024;

    private final PlanLoader loader;
    private final Limits limits;
    private final Format format;
    private final Policy policy;
    private final CheckMemo memo;
    private final String identity;
    /** The limits as the keys name them, made once (every file's key has them). */
    private final String limitsText;
    private final Summarizer summarizer;
    /** By path, in the order files were first given: the first of two clashing plans keeps its id. */
    private final Map<String, Checked> files = new LinkedHashMap<>();

    public Workspace(Limits limits, Format format, Policy policy) {
        this(limits, format, policy, Locator.NONE);
    }

    /** @param locator finds a file the run was not given, to name it in a hint (the CLI looks on disk) */
    public Workspace(Limits limits, Format format, Policy policy, Locator locator) {
        this(limits, format, policy, locator, CheckMemo.NONE, "");
    }

    /**
     * @param memo     remembers each file's own result, so that an unchanged file is not checked again
     * @param identity what else the results depend on: the tool's version and code (a changed rule
     *                 must not meet a result remembered by the old one)
     */
    public Workspace(Limits limits, Format format, Policy policy, Locator locator, CheckMemo memo, String identity) {
        this(limits, format, policy, locator, memo, identity, Summarizer.NONE);
    }

    /** @param summarizer what to keep of each plan beside its check result (see {@link CrossFileFacts#summary()}) */
    public Workspace(Limits limits, Format format, Policy policy, Locator locator, CheckMemo memo, String identity,
                     Summarizer summarizer) {
        this.summarizer = summarizer;
        this.limitsText = limits.toString();
        this.loader = new PlanLoader(limits);
        this.limits = limits;
        this.format = format;
        this.policy = policy;
        this.memo = memo;
        this.identity = identity;
        this.bases = new Bases(format, locator, policy);
        this.cross = List.of(new PlanIdClashCheck(), new AlignmentRefCheck(format, locator), new ParentCycleCheck(),
                bases.named(), bases);
    }

    /** A workspace with the standard format and the rules' default severities. */
    public Workspace(Limits limits) {
        this(limits, Format.STANDARD, Policy.AS_FOUND);
    }

    /** Checks a file held in memory within this workspace; returns its report (findings across files included). */
    public FileReport check(byte[] bytes, String path) {
        return checkAll(List.of(Input.ofBytes(bytes, path))).stream()
                .filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }

    /** Checks every input (in parallel) and returns the report of every file of the workspace, in order. */
    public List<FileReport> checkAll(List<Input> inputs) {
        // One file (an editor buffer, a fuzz input) is checked on the calling thread.
        List<Checked> done = (inputs.size() == 1 ? inputs.stream() : inputs.parallelStream()).map(this::checkOne).toList();
        synchronized (this) {
            done.forEach(c -> files.put(c.path(), c));
            return reports();
        }
    }

    /** Every file's report, the rules across files run over the workspace as it is now. */
    public synchronized List<FileReport> reports() {
        List<Checked> all = bases.resolve(List.copyOf(files.values()));
        Map<String, Findings> softened = findingsOf(all);
        Map<String, Findings> firm = findingsOf(all);
        for (CrossCheck check : cross) {
            check.check(all, check.policyApplies() ? softened : firm);
        }
        List<FileReport> out = new ArrayList<>(all.size());
        for (Checked file : all) {
            List<Diagnostic> own = new ArrayList<>(file.found());
            List<Diagnostic> across = softened.get(file.path()).sorted();
            List<Diagnostic> diagnostics;
            if (own.isEmpty() && across.isEmpty()) {
                // Nothing for the policy to weigh: the model (for the plan's waivers) is not needed.
                diagnostics = new ArrayList<>();
            } else if (across.isEmpty()) {
                diagnostics = new ArrayList<>(policy.apply(file.path(), file.facts().waivers(), own));
            } else {
                own.addAll(across);
                own.sort(Findings.BY_POSITION);
                diagnostics = new ArrayList<>(policy.apply(file.path(), file.facts().waivers(), own));
            }
            diagnostics.addAll(firm.get(file.path()).sorted());
            out.add(new FileReport(file.path(), file.held(), diagnostics, file.facts(), file.contentHash()));
        }
        return out;
    }

    private static Map<String, Findings> findingsOf(List<Checked> files) {
        Map<String, Findings> out = new LinkedHashMap<>();
        files.forEach(f -> out.put(f.path(), new Findings(f.path())));
        return out;
    }

    /**
     * True when checking {@code input} would check it afresh: no result is remembered for its
     * bytes as they are now (it changed, or is new), or there is no memo. A file that looks as
     * it did when hashed is not read; another is read and hashed, not checked.
     */
    public boolean changed(Input input) {
        if (memo == CheckMemo.NONE) {
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
    private Checked checkOne(Input input) {
        if (memo == CheckMemo.NONE) {
            return check(input, null, null);
        }
        // A file that looks as it did when last hashed is not read at all: its text is in the result.
        String unchanged = input.file() == null ? null : memo.knownHash(input.file());
        Checked remembered = unchanged == null ? null : recall(input, key(input, unchanged), unchanged);
        if (remembered != null) {
            return remembered;
        }
        // The look before reading: a write during the read makes the look stale, not wrong.
        FileLook look = input.bytes() == null ? FileLook.of(input.file()) : null;
        byte[] bytes = bytesOf(input);
        if (bytes == null) {
            return check(input, null, null); // the loader reports what is wrong with the file
        }
        String contentHash = sha256(bytes);
        if (look != null) {
            memo.hashed(input.file(), look, contentHash);
        }
        String key = key(input, contentHash);
        remembered = recall(input, key, contentHash);
        if (remembered != null) {
            return remembered;
        }
        Checked checked = check(input, bytes, contentHash);
        // Only files that were read and bound are remembered: a broken file is rare and is checked afresh.
        Value.Mapping tree = checked.plan() != null ? checked.plan().tree()
                : checked.framework() != null ? checked.framework().tree() : null;
        byte[] result = tree == null ? null : CheckedCodec.encode(tree, checked.found(), checked.source(), checked.facts());
        if (result != null && memo.remember(key, result) && input.file() != null) {
            ReloadableModel.Parts parts = new ReloadableModel.Parts(checked.source(), checked.plan(), checked.framework());
            return new Checked(checked.path(), checked.kind(), ReloadableModel.remade(parts, () -> remade(input, key)),
                    checked.found(), checked.facts(), contentHash);
        }
        return checked;
    }

    /** A file's text and model made again from the memo, else (the memo lost it) from the file. */
    private ReloadableModel.Parts remade(Input input, String key) {
        byte[] known = memo.recall(key);
        CheckedCodec.Body body = known == null ? null : CheckedCodec.decodeBody(known);
        if (body != null && body.source().path().equals(input.path())) {
            return parts(input, body);
        }
        Checked again = check(input, null, null);
        return new ReloadableModel.Parts(again.source(), again.plan(), again.framework());
    }

    private ReloadableModel.Parts parts(Input input, CheckedCodec.Body r) {
        FileKind kind = kindOf(input);
        String defaultId = kind.defaultId(input.fileName());
        if (kind.equals(format.framework())) {
            return new ReloadableModel.Parts(r.source(), null, FrameworkBinder.view(r.tree(), defaultId, input.path()));
        }
        return new ReloadableModel.Parts(r.source(), PlanBinder.view(r.tree(), defaultId, input.path()), null);
    }

    /** Everything a file's own result depends on, as one hash: its bytes (by their hash), name, path, the limits, the tool. */
    private String key(Input input, String contentHash) {
        java.security.MessageDigest sha = sha();
        for (String part : List.of("check 3", identity, limitsText, input.path(), input.fileName(), contentHash)) {
            sha.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return java.util.HexFormat.of().formatHex(sha.digest());
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
        try {
            return (java.security.MessageDigest) SHA_256.clone();
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
        // The head is read on every run, the body (about 30 times larger) only when a model is wanted.
        byte[] known = memo.recallStart(key, HEAD_BYTES);
        int headEnd = known == null ? -1 : CheckedCodec.headEnd(known);
        if (known != null && (headEnd > known.length || (headEnd >= 0 && input.file() == null))) {
            known = memo.recall(key); // a head larger than guessed, or a buffer's result: its body is read now
        }
        CheckedCodec.Head head = known == null ? null : CheckedCodec.decodeHead(known);
        if (head == null) {
            return null;
        }
        boolean plan = head.facts().kind() != null && head.facts().kind().equals(Kind.PLAN);
        boolean framework = head.facts().kind() != null && head.facts().kind().equals(Kind.FRAMEWORK);
        ReloadableModel held;
        if (input.file() != null) {
            java.util.Set<Integer> lines = new java.util.HashSet<>();
            head.found().forEach(d -> lines.add(d.line()));
            held = ReloadableModel.later(plan, framework, () -> remade(input, key), head.excerpt(), lines);
        } else {
            CheckedCodec.Body body = CheckedCodec.decodeBody(known);
            if (body == null) {
                return null;
            }
            ReloadableModel.Parts parts = parts(input, body);
            held = ReloadableModel.of(parts.source(), parts.plan(), parts.framework());
        }
        return new Checked(input.path(), kindOf(input), held, head.found(), head.facts(), contentHash);
    }

    private FileKind kindOf(Input input) {
        FileKind kind = format.kindOf(input.fileName());
        return kind == null ? format.plan() : kind; // a file named by the user is read as a plan whatever its name
    }

    /**
     * load -> bind -> check of one file, its own findings in position order (before any policy).
     *
     * @param contentHash the hash of {@code bytes}, or null
     */
    private Checked check(Input input, byte[] bytes, String contentHash) {
        Findings findings = new Findings(input.path());
        Loaded loaded = bytes != null ? loader.load(bytes, findings)
                : input.file() != null ? loader.load(input.file(), findings) : loader.load(input.bytes(), findings);
        FileKind kind = kindOf(input);
        Plan plan = null;
        Framework framework = null;
        if (!findings.hasErrors() && kind.equals(format.framework())) {
            framework = FrameworkBinder.bind(loaded.root(), kind.defaultId(input.fileName()), findings, format);
            FrameworkChecker.check(framework, format, findings);
        } else if (!findings.hasErrors()) {
            plan = PlanBinder.bind(loaded.root(), kind.defaultId(input.fileName()), findings, format);
            // A plan with a base is checked as it reads, with what it inherits, across files (see Bases).
            if (plan != null && plan.tree().text(Format.BASE) == null) {
                Checker.check(new CheckContext(plan, format, loaded.source(), findings));
            }
        }
        return new Checked(input.path(), kind, ReloadableModel.of(loaded.source(), plan, framework), findings.sorted(),
                CrossFileFacts.of(format, plan, framework, summarizer), contentHash);
    }
}
