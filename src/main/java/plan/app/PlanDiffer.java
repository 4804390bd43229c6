package plan.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import plan.app.check.PlanFile;
import plan.app.check.PlanFiles;
import plan.app.check.UsageException;
import plan.diag.Diagnostic;
import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;
import plan.diag.Source;
import plan.diff.Change;
import plan.diff.PlanDiff;
import plan.format.BaseChain;
import plan.format.Format;
import plan.load.Limits;
import plan.model.Plan;
import plan.workspace.FileReport;
import plan.workspace.Input;
import plan.workspace.Workspace;

/**
 * {@code diff} over what the user named: two files, two folders (plans paired by id) or
 * {@code REV:PATH} read with {@code git show} from the repository of the working folder, so no
 * checkout is needed. Each side is loaded and bound as {@code check} does; a side that cannot be
 * read or bound is reported and nothing is compared.
 */
public final class PlanDiffer {
    /**
     * The changes, or the diagnostics that stopped the comparison (then {@code changes} is empty
     * and {@code compared} false); or the changes of what could be compared with the diagnostics
     * of what could not (two plans of one side with one id: only the first is compared).
     */
    public record Result(List<Change> changes, List<Diagnostic> diagnostics, Map<String, Source> sources,
                         boolean compared, List<Message> notes) {
        public Result {
            notes = List.copyOf(notes);
        }

        public Result(List<Change> changes, List<Diagnostic> diagnostics, Map<String, Source> sources,
                      boolean compared) {
            this(changes, diagnostics, sources, compared, List.of());
        }

        public Result(List<Change> changes, List<Diagnostic> diagnostics, Map<String, Source> sources) {
            this(changes, diagnostics, sources, diagnostics.isEmpty());
        }

        public boolean failed() {
            return !compared;
        }
    }

    /** Load and bind errors: a plan with them may say less than its file means. */
    private static final List<String> UNREADABLE = List.of(Rule.YAML_SYNTAX.id(), Rule.UNKNOWN_KEY.id(),
            Rule.WRONG_TYPE.id(), Rule.MISSING_KEY.id());

    private final Path workingFolder;
    private final List<Diagnostic> problems = new ArrayList<>();
    /** Plans whose id another plan of the same side has: reported, the rest compared. */
    private final List<Diagnostic> clashes = new ArrayList<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    /** The git repository of the working folder, once a side is read from it. */
    private Repository repository;
    /** What the reader should know of how a side was read (a base taken from the working tree). */
    private final List<Message> notes = new ArrayList<>();

    public PlanDiffer(Path workingFolder) {
        this.workingFolder = workingFolder;
    }

    public Result diff(String oldArg, String newArg) throws UsageException {
        Side old = side(oldArg);
        Side now = side(newArg);
        if (old.folder() != now.folder()) {
            throw new UsageException(plan.diag.Message.of("cli.refused.diff-kinds", oldArg, newArg));
        }
        Map<String, Plan> olds = plans(old);
        Map<String, Plan> nows = plans(now);
        if (!problems.isEmpty()) {
            return new Result(List.of(), List.copyOf(problems), sources);
        }
        List<Change> changes = new ArrayList<>();
        if (!old.folder()) {
            Plan o = olds.values().iterator().next();
            Plan n = nows.values().iterator().next();
            changes.addAll(PlanDiff.of(o, n, Format.STANDARD).stream().map(c -> at(c, now.annotated(n.file()))).toList());
        } else {
            for (Map.Entry<String, Plan> e : olds.entrySet()) {
                if (!nows.containsKey(e.getKey())) {
                    changes.add(at(PlanDiff.removedPlan(e.getValue()), e.getValue().file()));
                }
            }
            for (Map.Entry<String, Plan> e : nows.entrySet()) {
                Plan o = olds.get(e.getKey());
                Plan n = e.getValue();
                if (o == null) {
                    changes.add(PlanDiff.addedPlan(n));
                } else {
                    changes.addAll(PlanDiff.of(o, n, Format.STANDARD));
                }
            }
        }
        return new Result(changes, List.copyOf(clashes), sources, true, notes);
    }

    private static Change at(Change c, String file) {
        return new Change(c.kind(), c.plan(), c.id(), c.what(), c.key(), c.context(), c.old(), c.now(), c.delta(), file, c.line(), c.text());
    }

    /**
     * One side: its files by the path diagnostics name them with. {@code inRepository}: for a file
     * read from git, its path from the top of the repository, which annotations name it by.
     */
    private record Side(boolean folder, Map<String, byte[]> files, String inRepository, Map<String, byte[]> bases) {
        Side(boolean folder, Map<String, byte[]> files) {
            this(folder, files, null, Map.of());
        }

        String annotated(String path) {
            return inRepository == null ? path : inRepository;
        }
    }

    private Side side(String arg) throws UsageException {
        Path path = workingFolder.resolve(arg);
        String name = arg.substring(arg.lastIndexOf('/') + 1);
        if (!Files.isDirectory(path) && Format.STANDARD.kindOf(name) != null && !Format.STANDARD.plan().matches(name)) {
            throw new UsageException(plan.diag.Message.of("cli.refused.diff-not-a-plan", arg));
        }
        if (Files.isDirectory(path)) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (PlanFile f : PlanFiles.find(List.of(path.toString()))) {
                // Plans only: a folder also holds frameworks and results files, which are not plans to compare.
                if (!Format.STANDARD.plan().matches(f.path().getFileName().toString())) {
                    continue;
                }
                String shown = arg.replaceAll("/+$", "") + "/" + path.relativize(f.path()).toString().replace('\\', '/');
                files.put(shown, read(f.path(), shown));
            }
            return new Side(true, files);
        }
        if (Files.isRegularFile(path)) {
            byte[] bytes = read(path, arg);
            return new Side(false, Map.of(arg, bytes), null, basesNear(path, arg, bytes));
        }
        int colon = arg.indexOf(':');
        if (colon > 0 && colon < arg.length() - 1) {
            String rev = arg.substring(0, colon);
            if (rev.startsWith("-") || arg.chars().anyMatch(Character::isISOControl)) {
                // Never an option of git's: a revision does not start with "-".
                throw new UsageException(plan.diag.Message.of("cli.refused.not-rev-path", arg));
            }
            return atRevision(arg, rev, arg.substring(colon + 1));
        }
        throw new UsageException(plan.diag.Message.of("cli.refused.no-such-path", arg));
    }

    /**
     * For a plan file that names a {@code base}: the other plan files of its folder, among which
     * its base is found (as a build of the folder would find it), so that the plan is compared as
     * it reads. Empty for any other plan: its folder is not read.
     */
    private Map<String, byte[]> basesNear(Path file, String shown, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.lines().anyMatch(l -> l.startsWith(Format.BASE + ":"))) {
            return Map.of();
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        Path folder = file.toAbsolutePath().normalize().getParent();
        try (var near = Files.list(folder)) {
            for (Path f : near.filter(f -> !f.equals(file.toAbsolutePath().normalize()))
                    .filter(f -> Format.STANDARD.plan().matches(f.getFileName().toString()))
                    .filter(Files::isRegularFile).sorted().toList()) {
                int slash = shown.lastIndexOf('/');
                out.put((slash < 0 ? "" : shown.substring(0, slash + 1)) + f.getFileName(), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            return out; // the plan is then compared as written; its check says its base is missing
        }
        return out;
    }

    /** The id a plan's {@code base:} line names, or null: read from the text, as {@link #basesNear} reads it. */
    private static String baseOf(byte[] bytes) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + Format.BASE + ":[ \\t]*[\"']?([^\"'#\\s]+)")
                .matcher(new String(bytes, StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : null;
    }

    /** The id a plan file has: its {@code id:} line, else its name without the extension. */
    private static String idOf(String name, byte[] bytes) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^id:[ \\t]*[\"']?([^\"'#\\s]+)")
                .matcher(new String(bytes, StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : name.replaceFirst("\\.plan\\.ya?ml$", "");
    }

    /**
     * Where the working folder is in its git repository: {@code prefix} its path from the top
     * ({@code "plans/"}, empty at the top), {@code up} the way back to the top ({@code "../"}).
     */
    private record Repository(String prefix, String up) {
    }

    /**
     * {@code REV:PATH} as git reads it: PATH from the top of the repository, or from the working
     * folder when it starts with {@code ./} or {@code ../}. Its name in diagnostics is {@code arg},
     * unless PATH names no folder: then {@code REV:./FILE} (or {@code REV:../FILE} from a
     * subfolder), the same file in git's terms, so that its file name, which gives a plan without
     * an id its id, is {@code FILE}, not {@code REV:FILE}. A revision, path or repository that is
     * not there is a usage error, as a missing file is.
     */
    private Side atRevision(String arg, String rev, String path) throws UsageException {
        Repository repository = repository(arg);
        boolean fromHere = path.startsWith("./") || path.startsWith("../");
        String inRepository = fromHere ? normalized(repository.prefix() + path) : path;
        int slash = path.lastIndexOf('/');
        String written = path.substring(0, slash + 1);
        String folder = !written.isEmpty() ? written : repository.up().isEmpty() ? "./" : repository.up();
        String name = path.substring(slash + 1);
        Git blob = git("cat-file", "blob", "--end-of-options", rev + ":" + path);
        if (blob.exit() != 0) {
            if (git("rev-parse", "--verify", "--quiet", "--end-of-options", rev + "^{tree}").exit() != 0) {
                throw new UsageException(Message.of("cli.refused.diff-no-revision", arg, rev));
            }
            if (blob.why() != null) {
                throw new UsageException(Message.of("cli.refused.diff-git-failed", arg, blob.why()));
            }
            // A folder at the revision: there, plans are compared one file at a time.
            Git type = git("cat-file", "-t", "--end-of-options", rev + ":" + path);
            if (type.exit() == 0 && new String(type.out(), StandardCharsets.UTF_8).strip().equals("tree")) {
                throw new UsageException(Message.of("cli.refused.diff-folder-at-revision", arg, rev, inRepository));
            }
            // From a subfolder, PATH alone is often meant as a file of that folder: when there is
            // one at the revision, say how to write it.
            throw new UsageException(!fromHere && !repository.prefix().isEmpty()
                    && git("cat-file", "-e", "--end-of-options", rev + ":./" + path).exit() == 0
                    ? Message.of("cli.refused.diff-no-file-at-revision.here", arg, rev, inRepository, rev + ":./" + path)
                    : Message.of("cli.refused.diff-no-file-at-revision", arg, rev, inRepository));
        }
        String shown = written.isEmpty() ? rev + ":" + folder + name : arg;
        Path onDisk = workingFolder.resolve(fromHere ? path : repository.up() + path);
        String onDiskShown = fromHere ? path : repository.up() + path;
        return new Side(false, Map.of(shown, blob.out()), inRepository,
                basesAt(rev, folder, name, blob.out(), onDisk, onDiskShown));
    }

    /** PATH with its {@code .} and {@code ..} steps taken, as git takes them. */
    private static String normalized(String path) {
        java.util.Deque<String> steps = new java.util.ArrayDeque<>();
        for (String step : path.split("/", -1)) {
            if (step.equals("..") && !steps.isEmpty() && !steps.peekLast().equals("..")) {
                steps.removeLast();
            } else if (!step.isEmpty() && !step.equals(".")) {
                steps.addLast(step);
            }
        }
        return String.join("/", steps);
    }

    /** The repository of the working folder, asked of git once; not there, or no git: a usage error. */
    private Repository repository(String arg) throws UsageException {
        if (repository == null) {
            Git where = git("rev-parse", "--show-prefix", "--show-cdup");
            if (where.missing() != null) {
                throw new UsageException(Message.of("cli.refused.diff-no-git", arg, where.missing()));
            }
            if (where.exit() != 0) {
                throw new UsageException(where.why() != null ? Message.of("cli.refused.diff-git-failed", arg, where.why())
                        : Message.of("cli.refused.diff-not-a-repository", arg));
            }
            String[] lines = new String(where.out(), StandardCharsets.UTF_8).split("\n", -1);
            repository = new Repository(lines.length > 0 ? lines[0] : "", lines.length > 1 ? lines[1] : "");
        }
        return repository;
    }

    /**
     * For a plan read at {@code rev} that names a {@code base}: the other plan files of its folder
     * ({@code folder}, as git reads it) at that revision, so that it is compared as it read then.
     * When the revision has no plan of that id there (the base was added later, or lives
     * elsewhere), the plan files beside it in the working tree ({@code onDisk}), with a note
     * saying so; empty for a plan without a base.
     */
    private Map<String, byte[]> basesAt(String rev, String folder, String name, byte[] bytes, Path onDisk, String onDiskShown) {
        String base = baseOf(bytes);
        if (base == null) {
            return Map.of();
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        // --full-tree: the tree's own entries, not those under the working folder's path in it.
        Git listing = git("ls-tree", "--full-tree", "--name-only", "-z", "--end-of-options", rev + ":" + folder);
        boolean found = false;
        if (listing.exit() == 0) {
            for (String entry : new String(listing.out(), StandardCharsets.UTF_8).split("\0")) {
                if (entry.isEmpty() || entry.equals(name) || !Format.STANDARD.plan().matches(entry)) {
                    continue;
                }
                Git near = git("cat-file", "blob", "--end-of-options", rev + ":" + folder + entry);
                if (near.exit() == 0) {
                    out.put(rev + ":" + folder + entry, near.out());
                    found |= base.equals(idOf(entry, near.out()));
                }
            }
        }
        if (found) {
            return out;
        }
        Map<String, byte[]> here = Files.isDirectory(onDisk.toAbsolutePath().normalize().getParent())
                ? basesNear(onDisk, onDiskShown, bytes) : Map.of();
        if (here.keySet().stream().anyMatch(k -> base.equals(idOf(k.substring(k.lastIndexOf('/') + 1), here.get(k))))) {
            notes.add(Message.of("diff.base-from-working-tree", base, rev));
        }
        return here;
    }

    /**
     * What {@code git ARGS}, run in the working folder, printed and how it ended. {@code missing}:
     * git could not be started (the system's words); {@code why}: it did not finish (our words).
     */
    private record Git(int exit, byte[] out, String missing, Message why) {
    }

    private Git git(String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).directory(workingFolder.toAbsolutePath().toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            git.getOutputStream().close();
            byte[] bytes = git.getInputStream().readAllBytes();
            if (!git.waitFor(60, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return new Git(-1, new byte[0], null, Message.of("diff.git-unfinished"));
            }
            return new Git(git.exitValue(), bytes, null, null);
        } catch (IOException e) {
            return new Git(-1, new byte[0], String.valueOf(e.getMessage()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Git(-1, new byte[0], null, Message.of("diff.interrupted"));
        }
    }

    private byte[] read(Path file, String shown) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            unreadable(shown, String.valueOf(e.getMessage()));
            return new byte[0];
        }
    }

    /** @param why what the system said (its own words), or a message of ours (worded in the reader's language) */
    private void unreadable(String shown, Object why) {
        Findings f = new Findings(shown);
        f.report(Rule.YAML_SYNTAX, 1, 1, Message.of("load.unreadable", why));
        problems.addAll(f.sorted());
    }

    /**
     * The files of a side, checked together (a plan with a base is compared as it reads, with
     * what it inherits); plans by id, in the order of the files.
     */
    private Map<String, Plan> plans(Side side) {
        Map<String, Plan> out = new LinkedHashMap<>();
        int before = problems.size();
        List<Input> inputs = new ArrayList<>();
        side.files().forEach((path, bytes) -> {
            if (problems.stream().noneMatch(d -> d.file().equals(path))) {
                inputs.add(Input.ofBytes(bytes, path));
            }
        });
        side.bases().forEach((path, bytes) -> inputs.add(Input.ofBytes(bytes, path)));
        Map<String, FileReport> reports = new LinkedHashMap<>();
        new Workspace(Limits.DEFAULT).checkAll(inputs).forEach(r -> reports.put(r.path(), r));
        for (Map.Entry<String, byte[]> e : side.files().entrySet()) {
            if (problems.stream().anyMatch(d -> d.file().equals(e.getKey()))) {
                continue;
            }
            FileReport report = reports.get(e.getKey());
            sources.put(report.path(), report.source());
            List<Diagnostic> errors = report.diagnostics().stream()
                    .filter(d -> d.severity() == plan.diag.Severity.ERROR && UNREADABLE.contains(d.rule())).toList();
            if (report.plan() == null || !errors.isEmpty()) {
                problems.addAll(errors.isEmpty() ? report.diagnostics() : errors);
                if (errors.isEmpty() && report.diagnostics().isEmpty()) {
                    unreadable(e.getKey(), Message.of("diff.not-a-plan"));
                }
                continue;
            }
            if (BaseChain.unresolved(report.plan())) {
                // Without its base, everything it inherits would read as removed: say why instead
                // (the check's own error at `base`), and compare nothing of this version.
                problems.addAll(report.diagnostics().stream().filter(d -> d.severity() == plan.diag.Severity.ERROR
                        && d.rule().equals(Rule.UNRESOLVED_REF.id())).toList());
                continue;
            }
            String id = PlanDiff.idOf(report.plan());
            Plan first = out.putIfAbsent(id, report.plan());
            if (first != null) {
                Findings f = new Findings(e.getKey());
                f.report(Rule.DUPLICATE_ID, 1, 1, Message.of("check.duplicate-plan-id", id, first.file()));
                clashes.addAll(f.sorted());
            }
        }
        return problems.size() > before ? Map.of() : out;
    }
}
