package plan.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import plan.app.Build;
import plan.app.BuildChecker;
import plan.app.BuildFailure;
import plan.app.BuildOptions;
import plan.app.check.CheckReport;
import plan.app.check.CheckedPlan;
import plan.app.check.PlanChecker;
import plan.app.check.PlanFile;
import plan.app.check.PlanFiles;
import plan.app.check.UsageException;
import plan.app.publish.MemoryPublisher;
import plan.cache.MemoryMemo;
import plan.diag.Diagnostic;
import plan.diag.Message;
import plan.diag.Messages;
import plan.diag.Severity;
import plan.diag.TextPrinter;
import plan.load.Limits;
import plan.render.site.Documents;
import plan.render.site.OutputFormat;
import plan.render.site.SiteRenderer;

/**
 * The site of the paths given, rendered into memory by the same steps as {@code plan build}: check
 * the files (after a save, those it changed, in the workspace kept), render the pages of the plans
 * without errors into a {@link MemoryPublisher}, which keeps the documents of plans whose render
 * key did not change, so a save renders only the plans it affects; then the index. Each step
 * publishes a new {@link SiteState}; PDFs are typeset when asked for ({@link ServedPdfs}). Renders
 * one at a time, the index on a thread of its own.
 */
final class LiveSite {
    private final ServeOptions options;
    private final Messages messages;
    /** Every id each file (by its display path) has had since its last good check. */
    private final Map<String, Set<String>> idsOfFile = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Map<String, String> brokenTitles = Map.of();
    /** What a render makes: the plans' pages and Markdown, and the index, which links the PDFs as a build's does. */
    private final BuildOptions pages;
    private final BuildOptions site;
    private final MemoryPublisher pageMemory = new MemoryPublisher();
    private final ServedPdfs pdfs;
    private volatile SiteRenderer renderer;
    /** Keeps the files checked last: a save checks again the plans it changed. */
    private PlanChecker checker;
    private volatile SiteState state = SiteState.EMPTY;
    /** The index and assets of the last render that made them. */
    private Documents index = Documents.NONE;
    /**
     * Makes the index a moment after the pages are shown, a render at a time: the browser then
     * shows the page saved without the index's work competing for the processor, and a burst of
     * saves makes one index. {@link #indexJobs} numbers the latest render that asked.
     */
    private final ScheduledExecutorService indexer = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("plan-serve-index").unstarted(r));
    private static final long INDEX_DELAY_MS = 200;
    private final AtomicLong indexJobs = new AtomicLong();
    /** How many plan renders warm the JVM up after the first render; a save stops it (see {@link #warmUp}). */
    private static final int WARM_UP_PLANS = 12;
    private volatile boolean saved;
    private volatile CheckReport lastReport;
    /** The plan files of the last render, and their absolute paths (see {@link #planFilesAfter}). */
    private List<PlanFile> lastFiles;
    private Set<Path> lastPaths = Set.of();

    LiveSite(ServeOptions options, Messages messages) {
        this.options = options;
        this.messages = messages;
        // The same documents as plan build's default; no folder: nothing is ever written. The PDFs
        // are typeset when asked for, and served all the same: the pages link them.
        this.pages = new BuildOptions(null, EnumSet.of(OutputFormat.MD, OutputFormat.HTML), options.templates(), false, null, false)
                .publishing(EnumSet.allOf(OutputFormat.class));
        this.site = new BuildOptions(null, EnumSet.of(OutputFormat.MD, OutputFormat.HTML, OutputFormat.PDF), options.templates(),
                false, null, false);
        this.pdfs = new ServedPdfs(new BuildOptions(null, EnumSet.of(OutputFormat.PDF), options.templates(), false, null, false),
                options.toolVersion());
    }

    SiteState state() {
        return state;
    }

    /** The plan files as they are now: paths that vanished (deleted, renamed away) are left out. */
    List<PlanFile> planFiles() throws UsageException {
        List<String> present = options.paths().stream().filter(p -> Files.exists(Path.of(p))).toList();
        return present.isEmpty() ? List.of() : PlanFiles.find(present);
    }

    /**
     * The plan files after {@code change}: those of the last render when every plan it names was
     * among them and is still there (a save, the usual change), without walking the folders again;
     * else found anew (a plan added, deleted or renamed; the first render).
     */
    private List<PlanFile> planFilesAfter(InputWatcher.Change change) throws UsageException {
        if (change != null && !change.others() && lastFiles != null
                && change.plans().stream().allMatch(p -> lastPaths.contains(p) && Files.isRegularFile(p))) {
            return lastFiles;
        }
        lastFiles = planFiles();
        Set<Path> paths = new HashSet<>();
        lastFiles.forEach(f -> paths.add(f.path().toAbsolutePath().normalize()));
        lastPaths = paths;
        return lastFiles;
    }

    /** The last check's report (config and template folders come from it), or null before the first. */
    CheckReport lastReport() {
        return lastReport;
    }

    /**
     * Checks and renders again after {@code change}: the plans changed are checked again (and
     * the rules across files over all), or everything when the settings or templates may have
     * changed. The plans' pages are shown first, with the index as it was; the index is made
     * a moment after, on a thread of its own, so neither the page saved nor the next save is held
     * back by it (with many plans it takes longer than the page).
     *
     * @param change what changed; null for the first render, which makes the whole site at once
     * @param shown  told of each new state, when what it shows changed (from either thread)
     */
    void render(InputWatcher.Change change, Consumer<SiteState> shown) throws UsageException {
        CheckReport report;
        SiteRenderer current;
        synchronized (this) {
            boolean fresh = change == null || change.others();
            if (fresh) {
                // New templates are parsed again; a new checker reads each folder's plan.config.yaml again.
                renderer = new SiteRenderer(null, options.toolVersion());
                checker = BuildChecker.of(Limits.DEFAULT, new MemoryMemo(), "");
            }
            report = checker.checkAgain(planFilesAfter(change), change == null ? Set.of() : change.plans());
            lastReport = report;
            current = renderer;
            String failure = null;
            try {
                Build.plans(report, pages, current, pageMemory, options.toolVersion());
                if (fresh) {
                    index = Build.site(report, site, current, pageMemory); // with the new templates' styles, not the old ones
                }
            } catch (BuildFailure e) {
                failure = describe(e);
            } catch (IOException e) {
                failure = "cannot render: " + e.getMessage();
            }
            publish(pageMemory.documents().plus(index), brokenPlans(report), failure, shown);
            if (change == null && failure == null) {
                indexer.execute(() -> warmUp(report, current));
            }
            if (fresh || failure != null) {
                return;
            }
            saved = true;
        }
        long job = indexJobs.incrementAndGet();
        indexer.schedule(() -> renderIndex(job, report, current, shown), INDEX_DELAY_MS, TimeUnit.MILLISECONDS);
    }

    /** Makes the index of {@code report} and shows it, unless a later render already asked for its own. */
    private void renderIndex(long job, CheckReport report, SiteRenderer current, Consumer<SiteState> shown) {
        if (job != indexJobs.get()) {
            return;
        }
        String failure = null;
        Documents made = null;
        try {
            made = Build.site(report, site, current, pageMemory);
        } catch (BuildFailure e) {
            failure = describe(e);
        } catch (IOException e) {
            failure = "cannot render: " + e.getMessage();
        }
        synchronized (this) {
            if (made != null) {
                index = made;
            }
            // The pages and diagnostics as they are now: a later save may have changed them meanwhile.
            publish(pageMemory.documents().plus(index), state.broken(), failure, shown);
        }
    }

    /**
     * Checks and renders the site a few times more, into nothing, after the first render of a
     * small site, until the first save: the code that checks and renders a plan runs slowly until
     * the JVM has compiled it, which a first render of one plan is too short for. Then the first
     * saves show as fast as later ones (a site of many plans warmed it up already). Stops at the
     * first save, or when the server stops.
     */
    private void warmUp(CheckReport report, SiteRenderer current) {
        List<PlanFile> files = report.plans().stream().map(CheckedPlan::file).toList();
        int rounds = files.isEmpty() ? 0 : Math.min(WARM_UP_PLANS / files.size(), WARM_UP_PLANS);
        try {
            for (int i = 0; i < rounds && !saved && !indexer.isShutdown(); i++) {
                CheckReport again = new PlanChecker(Limits.DEFAULT).checkAll(files);
                MemoryPublisher practice = new MemoryPublisher();
                Build.plans(again, pages, current, practice, options.toolVersion());
                Build.site(again, site, current, practice);
            }
        } catch (BuildFailure | IOException | RuntimeException e) {
            // Only practice: the real renders say what is wrong.
        }
    }

    /**
     * The diagnostics of each plan that does not check, by id; forgets the PDFs of plans gone. A
     * broken file shows at every name it had: a syntax error hides the plan's id (the file's name
     * stands in), and the tab the author has open is on the last good id's page.
     */
    private Map<String, String> brokenPlans(CheckReport report) {
        Map<String, String> broken = new TreeMap<>();
        Map<String, String> titles = new HashMap<>();
        Set<String> served = new HashSet<>();
        for (CheckedPlan plan : report.plans()) {
            String file = plan.file().displayPath();
            Set<String> names = idsOfFile.computeIfAbsent(file, f -> new java.util.LinkedHashSet<>());
            String id = plan.plan() != null && !plan.hasErrors() ? plan.plan().id().value() : null;
            if (id != null) {
                names.clear(); // a good check: this is the file's id now
                names.add(id);
            } else {
                names.add(plan.plan() != null ? plan.plan().id().value() : plan.file().defaultId());
            }
            served.addAll(names);
            if (plan.hasErrors()) {
                List<Diagnostic> diagnostics = plan.diagnostics().stream().filter(d -> d.severity() != Severity.NOTE).toList();
                String text = diagnosticsText(diagnostics, report);
                Diagnostic first = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).findFirst().orElse(null);
                String title = messages.format(Message.of("serve.broken", file))
                        + (first == null ? "" : ": " + messages.format(first.message()));
                for (String name : names) {
                    broken.merge(name, text, (a, b) -> a + b);
                    titles.put(name, title);
                }
            }
        }
        brokenTitles = Map.copyOf(titles);
        pdfs.keepOnly(served);
        return broken;
    }

    /** The heading of a broken plan's page: its file and its first error, in the user's language. */
    String brokenTitle(String id) {
        String title = brokenTitles.get(id);
        return title != null ? title : messages.format(Message.of("serve.broken", id));
    }

    /** The words of the preview's own pages. */
    Messages messages() {
        return messages;
    }

    private void publish(Documents documents, Map<String, String> broken, String failure, Consumer<SiteState> shown) {
        SiteState before = state;
        state = before.next(documents, broken, failure);
        if (state != before) {
            shown.accept(state);
        }
    }

    /** Stops making indexes. */
    void close() {
        indexer.shutdownNow();
    }

    /**
     * The PDF of plan {@code id}, typeset now unless its plan is unchanged since the last time;
     * null when no plan of that id renders (none, or it has errors).
     */
    byte[] pdf(String id) throws BuildFailure, IOException {
        CheckReport report = lastReport;
        return report == null ? null : pdfs.pdf(id, report, renderer);
    }

    /** A failure that is not a plan's (a template, the disk), as the page shows it: the diagnostic when there is one. */
    String describe(BuildFailure failure) {
        CheckReport report = lastReport;
        return failure.diagnostic() != null && report != null ? diagnosticsText(List.of(failure.diagnostic()), report)
                : failure.message(messages());
    }

    /** The diagnostics as {@code plan check} prints them: position, message, source line, hint. */
    private String diagnosticsText(List<Diagnostic> diagnostics, CheckReport report) {
        StringWriter text = new StringWriter();
        new TextPrinter(messages, false).print(diagnostics, report.sources(), new PrintWriter(text, true));
        return text.toString();
    }
}
