package plan.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import plan.app.check.CheckReport;
import plan.app.check.CheckedPlan;
import plan.app.check.CheckedResults;
import plan.app.check.PlanChecker;
import plan.app.publish.FolderPublisher;
import plan.app.publish.RefusedDocument;
import plan.app.publish.Publisher;
import plan.app.shard.Shard;
import plan.app.shard.ShardManifest;
import plan.app.shard.ShardRecorder;
import plan.diag.Message;
import plan.diag.Severity;
import plan.model.Lang;
import plan.model.Plan;
import plan.render.TemplateFailure;
import plan.render.html.IndexEntry;
import plan.render.markdown.Labels;
import plan.render.markdown.RollupMarkdown;
import plan.render.pdf.text.FontException;
import plan.render.pdf.text.TypesettingTooLong;
import plan.render.site.Documents;
import plan.render.site.IndexEntries;
import plan.render.site.Look;
import plan.render.site.OutputFormat;
import plan.render.site.PlanSummary;
import plan.render.site.SiteRenderer;

/**
 * {@code plan build}: renders every plan without errors, in parallel, and hands each plan's
 * documents to a {@link Publisher} as soon as they are made; then the site's index and assets;
 * then publishes the lot, only when all of it succeeded. Plans with errors are not rendered;
 * their previous outputs stay as they were. The documents of plans no longer given are removed. Rendering, publishing and remembering what was
 * published are separate steps: the same run serves a folder, memory or a shard.
 */
public final class Build {
    private Build() {
    }

    /**
     * Builds into the folder {@code options.out()}.
     *
     * @param progress called with the number of plans done so far (for a progress line)
     */
    public static BuildResult run(CheckReport report, BuildOptions options, String toolVersion, IntConsumer progress)
            throws BuildFailure {
        return run(report, options, WarmUp.cold(options, toolVersion), toolVersion, progress);
    }

    /**
     * Builds into the folder {@code options.out()} with the renderer of {@code warm} (readied
     * while the files were checked).
     */
    public static BuildResult run(CheckReport report, BuildOptions options, WarmUp warm, String toolVersion,
                                  IntConsumer progress) throws BuildFailure {
        SiteRenderer renderer = warm.renderer();
        prepareFonts(report, options, renderer);
        checkOutputFolder(options.out());
        try (FolderPublisher out = FolderPublisher.open(options.out())) {
            return run(report, report, options, renderer, warm, out, toolVersion, progress);
        } catch (IOException e) {
            // The file system said no (full, read-only, not ours): an output refused, exit 2 in every command.
            throw BuildFailure.environment(RefusedDocument.messageOf(e, options.out()), e);
        }
    }

    /** An {@code --out} that cannot be a folder is the command line's mistake: say what it is. */
    private static void checkOutputFolder(Path out) throws BuildFailure {
        if (Files.isSymbolicLink(out) && !Files.exists(out)) {
            Object target;
            try {
                target = Files.readSymbolicLink(out).toString();
            } catch (IOException e) {
                target = Message.of("build.out.unknown-target");
            }
            throw BuildFailure.usage(Message.of("build.out.dangling-link", out, target), null);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw BuildFailure.usage(Message.of("build.out.is-file", out), null);
        }
    }

    /**
     * Builds shard {@code shard} into the folder {@code options.out()}: renders only the plans of
     * that shard, and the whole site's index and assets (every shard checked every plan), and
     * writes beside them what {@code plan merge} needs ({@link ShardManifest}).
     */
    public static BuildResult run(CheckReport report, BuildOptions options, Shard shard, String toolVersion,
                                  IntConsumer progress) throws BuildFailure {
        SiteRenderer renderer = new SiteRenderer(options.font(), options.pdfStandard(), toolVersion);
        prepareFonts(report, options, renderer);
        try (FolderPublisher folder = FolderPublisher.open(options.out())) {
            ShardRecorder out = new ShardRecorder(folder, shard, ShardManifest.tool(toolVersion));
            return run(report, shard.share(report), options, renderer, null, out, toolVersion, progress);
        } catch (IOException e) {
            throw BuildFailure.usage(RefusedDocument.messageOf(e, options.out()), e);
        }
    }

    /** Builds into {@code out}, which the caller opened and closes. */
    public static BuildResult run(CheckReport report, BuildOptions options, SiteRenderer renderer, Publisher out,
                                  String toolVersion, IntConsumer progress) throws BuildFailure, IOException {
        return run(report, report, options, renderer, null, out, toolVersion, progress);
    }

    /** Renders the plans of {@code share} (all of {@code report}, or a shard's) and the site of the whole report. */
    private static BuildResult run(CheckReport report, CheckReport share, BuildOptions options, SiteRenderer renderer,
                                   WarmUp warm, Publisher out, String toolVersion, IntConsumer progress)
            throws BuildFailure, IOException {
        List<CheckedPlan> renderable = share.plans().stream().filter(p -> !p.hasErrors()).toList();
        CascadeOfPlans cascade = CascadeOfPlans.of(report);
        Queue<Message> warnings = new ConcurrentLinkedQueue<>();
        ResultsOfPlans results = new ResultsOfPlans(report);
        // One for the build: a plan's look is made once for its documents, its reports and roll-up.
        Looks looks = new Looks();
        AtomicInteger reports = new AtomicInteger(); // results reports and roll-ups rendered, for the summary line
        int current = renderAll(renderable, cascade, results, options, renderer, warm, looks, out, toolVersion,
                progress, warnings);
        // The index is made from the build's record: each plan's row kept beside its current key, or
        // handed over with the documents just made; the line of its latest results likewise, beside
        // the report's key, or made just before the report renders. It is made while the reports and
        // roll-ups render: it waits only until every report's line is known, so that in a rebuild
        // the index and the one report that changed render side by side.
        Set<String> shared = new HashSet<>();
        renderable.forEach(p -> shared.add(p.id()));
        List<CheckedResults> ofShared = results.all().stream().filter(r -> shared.contains(r.planId())).toList();
        ReportLines lines = new ReportLines(ofShared.size());
        FutureTask<Documents> site = options.formats().contains(OutputFormat.HTML)
                ? inBackground(() -> site(report, cascade, options, renderer, out, lines)) : null;
        try {
            renderResults(report, ofShared, results, cascade, options, renderer, warm, looks, out, toolVersion, warnings,
                    reports, lines);
        } finally {
            lines.allKnown(); // a build that failed does not leave the index waiting
        }
        Set<String> rollups = renderRollups(renderable, cascade, results, options, renderer, looks, out, toolVersion,
                warnings, reports);
        if (site != null) {
            out.site(result(site));
        }
        // The documents of plans and results no longer given go; unless a file's id could not be
        // read (a syntax error): its plan's documents stay, as any plan's with errors do. A results
        // file's reports are its own documents: they stay while it is given, whatever its findings,
        // and when a results file's id could not be read, nothing goes (which reports are its is
        // not known).
        if (report.plans().stream().allMatch(p -> p.id() != null)
                && report.results().stream().allMatch(r -> r.id() != null)) {
            Set<String> given = new HashSet<>();
            report.plans().forEach(p -> given.add(p.id()));
            report.results().forEach(r -> given.add(r.id()));
            given.addAll(rollups);
            // A plan with errors keeps its documents as they were, and its roll-up is one of them:
            // its kept page links it.
            report.plans().stream().filter(CheckedPlan::hasErrors).forEach(p -> given.add(SiteRenderer.rollupId(p.id())));
            out.keepOnly(given);
        }
        out.makes(options.formats());
        out.publish();
        return new BuildResult(out.published(), renderable.size() - current, current,
                share.plans().size() - renderable.size(), reports.get(), warnings.stream().sorted(java.util.Comparator.comparing(Message::toString)).toList());
    }

    /** {@code work} started on a thread of its own. */
    private static <T> FutureTask<T> inBackground(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, "plan-site");
        thread.setDaemon(true); // a build that failed does not wait for it
        thread.start();
        return task;
    }

    /** What {@code task} made, or the failure it met, as the build reports it when met on its own thread. */
    private static <T> T result(FutureTask<T> task) throws BuildFailure, IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BuildFailure f) {
                throw f;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** A bad {@code --font} stops the build before anything is written. */
    private static void prepareFonts(CheckReport report, BuildOptions options, SiteRenderer renderer)
            throws BuildFailure {
        boolean anyRenderable = report.plans().stream().anyMatch(p -> !p.hasErrors());
        if (options.formats().contains(OutputFormat.PDF) && options.font() != null && anyRenderable) {
            try {
                renderer.prepareFonts();
            } catch (FontException e) {
                throw BuildFailure.usage(e.message(), e);
            }
        }
    }

    /** Renders and hands over every plan whose documents are not current; returns how many were. */
    /**
     * Whether a plan's documents are written in Thai digits: the command line's {@code --thai-digits},
     * else the plan's {@code digits}, else {@code plan.config.yaml}'s ({@code digits} or {@code thai-digits}).
     */
    static boolean thaiDigits(CheckedPlan checked, BuildOptions options) {
        if (options.thaiDigits()) {
            return true;
        }
        // From what the check kept where it did: an unchanged plan's model is not made again.
        String digits = BuildChecker.digits(checked);
        if (plan.format.Format.DIGITS.contains(digits)) {
            return digits.equals("thai");
        }
        return Boolean.TRUE.equals(checked.config().thaiDigits());
    }

    /** The files of document {@code id} in the formats of {@code options}, sorted (asked of every plan in a rebuild: no stream). */
    private static List<String> documentNames(BuildOptions options, String id) {
        List<String> names = new ArrayList<>();
        for (OutputFormat format : options.formats()) {
            names.addAll(format.fileNames(id));
        }
        names.sort(null);
        return names;
    }

    private static int renderAll(List<CheckedPlan> plans, CascadeOfPlans cascade, ResultsOfPlans results,
                                 BuildOptions options, SiteRenderer renderer, WarmUp warm, Looks looks,
                                 Publisher out, String toolVersion, IntConsumer progress, Queue<Message> warnings)
            throws BuildFailure, IOException {
        AtomicInteger done = new AtomicInteger();
        AtomicInteger current = new AtomicInteger();
        RenderKey keys = new RenderKey(toolVersion, options);
        String pdf;
        try {
            // Asked once, and only when there is a plan to render: a user's font is read for it.
            pdf = options.formats().contains(OutputFormat.PDF) && !plans.isEmpty() ? renderer.pdfFingerprint() : null;
        } catch (FontException e) {
            throw BuildFailure.usage(e.message(), e);
        }
        try {
            plans.parallelStream().forEach(plan -> {
                try {
                    Path templates = templatesOf(plan, options);
                    boolean digits = thaiDigits(plan, options);
                    String id = plan.id();
                    List<String> names = documentNames(options, id);
                    List<String> related = new ArrayList<>(cascade.relatedSources(plan));
                    // Its page links its reports by id and title (the period): a report added, removed
                    // or moved to another day renders the page again, a value changed does not.
                    results.of(id).forEach(r -> related.add("results " + r.id() + " " + r.asOf()));
                    String key = keys.of(plan, templates, digits, pdf, related, looks.keyOf(plan, options));
                    if (!options.force() && out.holds(id, key, names)) {
                        current.incrementAndGet(); // its documents are current: nothing to do
                    } else {
                        if (warm != null) {
                            warm.await(); // the renderer is being readied: let that finish rather than do it twice
                        }
                        Look look = looks.of(plan, options);
                        Documents documents = renderer.plan(plan.plan(), cascade.index(), results.models(id),
                                plan.source().lines(),
                                options.formats(), options.published(), templates, digits,
                                plan.config().words().stream().map(w -> w.value().strip()).toList(), look,
                                w -> warnings.add(Message.of("build.warning.in", plan.file().displayPath(), w)));
                        out.plan(id, key, documents, IndexRows.plan(plan.plan()));
                    }
                    progress.accept(done.incrementAndGet());
                } catch (TemplateFailure | FontException | IOException e) {
                    throw new Failed(e, plan.file().displayPath());
                }
            });
        } catch (Failed f) {
            if (f.getCause() instanceof TypesettingTooLong slow) {
                // The plan's fault, not the disk's: name the plan and stop before publishing anything.
                throw BuildFailure.input(Message.of("build.pdf-too-long", f.plan, slow.title(), slow.limit(),
                        slow.longestParagraph()), slow);
            }
            throw rethrown(f.getCause());
        }
        return current.get();
    }

    /**
     * Renders the report of every results file in {@code shared} whose documents are not current:
     * its key is its plan's, its own file's and its previous results' (the report shows the change
     * since them), so a changed results file renders only its own report, and the next one's.
     */
    private static void renderResults(CheckReport report, List<CheckedResults> shared, ResultsOfPlans results,
                                      CascadeOfPlans cascade, BuildOptions options, SiteRenderer renderer, WarmUp warm, Looks looks,
                                      Publisher out, String toolVersion, Queue<Message> warnings, AtomicInteger rendered,
                                      ReportLines lines)
            throws BuildFailure, IOException {
        if (shared.isEmpty()) {
            return;
        }
        Map<String, CheckedPlan> plans = new java.util.HashMap<>();
        report.plans().stream().filter(p -> !p.hasErrors()).forEach(p -> plans.putIfAbsent(p.id(), p));
        RenderKey keys = new RenderKey(toolVersion, options);
        String pdf;
        try {
            pdf = options.formats().contains(OutputFormat.PDF) ? renderer.pdfFingerprint() : null;
        } catch (FontException e) {
            throw BuildFailure.usage(e.message(), e);
        }
        // In parallel, as the plans are: a rebuild asks a thousand reports whether they are
        // current, and a first build renders them all. Every key first, then the renders: the
        // index waits for the lines of all reports, and a thread that rendered one before asking
        // the rest of its share would keep the index waiting for that render.
        try {
            List<Due> due = shared.parallelStream().map(r -> {
                try {
                    return due(r, plans.get(r.planId()), results.previous(r), cascade, options, looks, keys, pdf, out, lines);
                } catch (IOException e) {
                    throw new Failed(e, r.file().displayPath());
                }
            }).filter(java.util.Objects::nonNull).toList();
            due.parallelStream().forEach(d -> {
                try {
                    render(d, options, renderer, warm, looks, out, warnings, lines);
                    rendered.incrementAndGet();
                } catch (TemplateFailure | FontException | IOException e) {
                    throw new Failed(e, d.results().file().displayPath());
                }
            });
        } catch (Failed f) {
            if (f.getCause() instanceof FontException e) {
                throw BuildFailure.usage(e.message(), e);
            }
            if (f.getCause() instanceof TemplateFailure e) {
                throw BuildFailure.template(e);
            }
            throw (IOException) f.getCause();
        }
    }

    /** A results report to render: its file, plan, previous results, key, templates and digits. */
    private record Due(CheckedResults results, CheckedPlan plan, CheckedResults previous, String key, Path templates,
                       boolean digits) {
    }

    /**
     * The report of {@code r} (results of {@code plan}, after {@code previous}) to render, or null
     * when its documents are current (its line in the index is then the record's).
     */
    private static Due due(CheckedResults r, CheckedPlan plan, CheckedResults previous, CascadeOfPlans cascade,
                           BuildOptions options, Looks looks, RenderKey keys, String pdf, Publisher out,
                           ReportLines lines) throws IOException {
        Path templates = templatesOf(plan, options);
        // The plan's own documents' digits and look: the command line, then the plan, then its configuration.
        boolean digits = thaiDigits(plan, options);
        String key = resultsKey(r, plan, previous, cascade, options, templates, digits, keys, pdf, looks);
        if (!options.force() && out.holds(r.id(), key, documentNames(options, r.id()))) {
            lines.kept();
            return null;
        }
        return new Due(r, plan, previous, key, templates, digits);
    }

    /** Renders the report {@code d} and hands it over, with its line in the index made first. */
    private static void render(Due d, BuildOptions options, SiteRenderer renderer, WarmUp warm, Looks looks,
                               Publisher out, Queue<Message> warnings, ReportLines lines)
            throws TemplateFailure, FontException, IOException {
        CheckedResults r = d.results();
        CheckedPlan plan = d.plan();
        // Its line in the index beside its key: a later build whose key is the same needs neither
        // model for it. Made before the report, so that the index need not wait for the render.
        List<String> line = IndexRows.latest(plan.plan(), r.results(), d.digits());
        lines.made(r.id(), line);
        if (warm != null) {
            warm.await(); // the renderer is being readied: let that finish rather than do it twice
        }
        Documents documents = renderer.results(plan.plan(), r.results(),
                d.previous() == null ? null : d.previous().results(), r.source().lines(), options.formats(),
                d.templates(), d.digits(), plan.config().words().stream().map(w -> w.value().strip()).toList(),
                looks.of(plan, options), w -> warnings.add(Message.of("build.warning.in", r.file().displayPath(), w)));
        out.plan(r.id(), d.key(), documents, line);
    }

    /**
     * The render key of the report of {@code r}: its plan's (with the bases it inherits from), its
     * own file's and its previous results' (the report shows the change since them). Its line in
     * the index is kept beside it.
     */
    private static String resultsKey(CheckedResults r, CheckedPlan plan, CheckedResults previous,
                                     CascadeOfPlans cascade, BuildOptions options, Path templates, boolean digits,
                                     RenderKey keys, String pdf, Looks looks) throws IOException {
        List<String> related = new ArrayList<>(List.of("report " + r.contentHash()));
        if (previous != null) {
            // Its page links the previous report by file name: a previous results file renamed renders it again.
            related.add("previous " + previous.id() + " " + previous.contentHash());
        }
        // The targets a plan inherits are its own in the report: a base changed renders it again.
        cascade.baseSources(plan).forEach(base -> related.add("base " + base));
        return keys.of(plan, templates, digits, pdf, related, looks.keyOf(plan, options));
    }

    /**
     * Keeps in {@code out}, beside a key, the index's line of each renderable plan's latest results
     * where it is not kept already, for a run that renders no results reports (a live preview): its
     * index then makes the line of only the results and plans changed since, not of every plan on
     * each save.
     */
    private static void keepLatestLines(List<CheckedPlan> plans, ResultsOfPlans results, CascadeOfPlans cascade,
                                        BuildOptions options, Looks looks, Publisher out, String toolVersion)
            throws IOException {
        RenderKey keys = new RenderKey(toolVersion, options);
        for (CheckedPlan plan : plans) {
            CheckedResults latest = results.latest(plan.id());
            if (latest == null) {
                continue;
            }
            boolean digits = thaiDigits(plan, options);
            String key = "latest " + resultsKey(latest, plan, results.previous(latest), cascade, options,
                    templatesOf(plan, options), digits, keys, null, looks);
            if (!out.holds(latest.id(), key, List.of())) {
                out.plan(latest.id(), key, Documents.NONE, IndexRows.latest(plan.plan(), latest.results(), digits));
            }
        }
    }

    /**
     * Renders the roll-up of every plan of {@code plans} that others name as their parent, where it
     * is not current, and returns the ids its documents go under. Its key holds the parent's own
     * and every school's plan and results files (and what those speak of), so a change to a
     * school's plan or results renders it again.
     */
    private static Set<String> renderRollups(List<CheckedPlan> plans, CascadeOfPlans cascade, ResultsOfPlans results,
                                             BuildOptions options, SiteRenderer renderer, Looks looks, Publisher out,
                                             String toolVersion, Queue<Message> warnings, AtomicInteger rendered)
            throws BuildFailure, IOException {
        Set<String> ids = new java.util.TreeSet<>();
        RenderKey keys = new RenderKey(toolVersion, options);
        try {
            String pdf = null;
            for (CheckedPlan parent : plans) {
                List<CheckedPlan> schools = cascade.children(parent);
                if (schools.isEmpty()) {
                    continue;
                }
                String id = SiteRenderer.rollupId(parent.id());
                ids.add(id);
                if (pdf == null && options.formats().contains(OutputFormat.PDF)) {
                    pdf = renderer.pdfFingerprint();
                }
                Path templates = templatesOf(parent, options);
                boolean digits = thaiDigits(parent, options);
                List<String> related = new ArrayList<>(List.of("rollup"));
                for (CheckedPlan school : schools) {
                    related.add("school " + RenderKey.sourceHash(school));
                    related.addAll(cascade.relatedSources(school));
                    results.of(school.id()).forEach(r -> related.add("results " + r.contentHash()));
                    // The roll-up names a school's results with errors: one put right, or newly broken, renders it again.
                    results.failed(school.id()).forEach(r -> related.add("failed " + r.contentHash()));
                }
                String key = keys.of(parent, templates, digits, pdf, related, looks.keyOf(parent, options));
                List<String> names = SiteRenderer.rollupFormats(options.formats()).stream().map(f -> f.fileName(id))
                        .sorted().toList();
                if (names.isEmpty() || !options.force() && out.holds(id, key, names)) {
                    continue;
                }
                List<RollupMarkdown.School> models = schools.stream()
                        .map(s -> new RollupMarkdown.School(s.plan(), results.models(s.id()),
                                results.failed(s.id()).stream().map(CheckedResults::asOf).toList()))
                        .toList();
                out.plan(id, key, renderer.rollup(parent.plan(), models, parent.source().lines(), options.formats(),
                        templates, digits, parent.config().words().stream().map(w -> w.value().strip()).toList(),
                        looks.of(parent, options), w -> warnings.add(Message.of("build.warning.in", parent.file().displayPath(), w))));
                rendered.incrementAndGet();
            }
        } catch (FontException e) {
            throw BuildFailure.usage(e.message(), e);
        } catch (TemplateFailure e) {
            throw BuildFailure.template(e);
        }
        return ids;
    }

    private static IOException rethrown(Throwable cause) throws BuildFailure {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof TemplateFailure t) {
            throw BuildFailure.template(t);
        }
        throw BuildFailure.usage(cause.getMessage(), cause);
    }

    /** The template folder for a plan: the command line's, else its project file's, else none. */
    public static Path templatesOf(CheckedPlan plan, BuildOptions options) {
        if (options.templates() != null) {
            return options.templates();
        }
        if (plan.config().templates() == null || plan.config().file() == null) {
            return null;
        }
        Path configFolder = Path.of(plan.config().file()).toAbsolutePath().getParent();
        return configFolder.resolve(plan.config().templates().value()).normalize();
    }

    /**
     * Renders the plans without errors of {@code report} into {@code out} and publishes them, with
     * no index and assets ({@link #site(CheckReport, BuildOptions, SiteRenderer)} makes those): a
     * live preview shows the page of the plan just saved before it renders the index again.
     */
    public static void plans(CheckReport report, BuildOptions options, SiteRenderer renderer, Publisher out,
                             String toolVersion) throws BuildFailure, IOException {
        List<CheckedPlan> renderable = report.plans().stream().filter(p -> !p.hasErrors()).toList();
        CascadeOfPlans cascade = CascadeOfPlans.of(report);
        ResultsOfPlans results = new ResultsOfPlans(report);
        Queue<Message> warnings = new ConcurrentLinkedQueue<>();
        Looks looks = new Looks();
        renderAll(renderable, cascade, results, options, renderer, null, looks, out, toolVersion, done -> { }, warnings);
        renderRollups(renderable, cascade, results, options, renderer, looks, out, toolVersion, warnings,
                new AtomicInteger());
        keepLatestLines(renderable, results, cascade, options, looks, out, toolVersion);
        out.publish();
    }

    /**
     * The index of every plan of {@code report} and the assets, as a build of {@code options}
     * writes them: for a live preview, which renders the plans' pages now and their PDFs only
     * when asked for, and still links them from the index. Each plan's row is the one
     * {@code rows} (the publisher the plans were just handed to) keeps beside its current key.
     */
    public static Documents site(CheckReport report, BuildOptions options, SiteRenderer renderer, Publisher rows)
            throws BuildFailure, IOException {
        return site(report, CascadeOfPlans.of(report), options, renderer, rows, new ReportLines(0));
    }

    /** The index of every plan of the report, in English only when every plan is, and the assets. */
    private static Documents site(CheckReport report, CascadeOfPlans cascade, BuildOptions options, SiteRenderer renderer,
                                  Publisher rows, ReportLines lines) throws BuildFailure, IOException {
        Map<CheckedPlan, PlanSummary> byPlan = new IdentityHashMap<>();
        report.plans().forEach(p -> byPlan.put(p, summaryOf(p, rows)));
        boolean allEnglish = !byPlan.isEmpty() && byPlan.values().stream().allMatch(s -> s != null && s.lang() == Lang.EN);
        Lang lang = allEnglish ? Lang.EN : Lang.TH;
        ResultsOfPlans results = new ResultsOfPlans(report);
        List<CascadeOfPlans.Placed> order = cascade.treeOrder(report.plans());
        List<IndexEntry> planRows = new ArrayList<>(order.size());
        for (CascadeOfPlans.Placed d : order) {
            CheckedPlan plan = d.plan();
            IndexEntry row = IndexEntries.of(plan.id(), byPlan.get(plan), plan.file().displayPath(), !plan.hasErrors(),
                    plan.count(Severity.ERROR), plan.count(Severity.WARNING), options.formats(), lang);
            row = IndexEntries.withFailedResults(row, failedErrors(plan, results), lang).atDepth(d.depth());
            planRows.add(withReports(withRollup(row, byPlan.get(plan), plan, cascade, options), byPlan.get(plan), plan,
                    results, options));
        }
        try {
            lines.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        List<IndexEntry> entries = new ArrayList<>(planRows.size());
        for (int i = 0; i < order.size(); i++) {
            entries.add(withLatest(planRows.get(i), order.get(i).plan(), results, options, rows, lines));
        }
        try {
            return renderer.site(entries, cascade.index(), lang, options.templates(), options.checkStatus());
        } catch (TemplateFailure e) {
            throw BuildFailure.template(e);
        }
    }

    /**
     * The row in its plan's digits (a file that is no plan has none) and with every report of the
     * plan, newest first, each with its PDF where the build makes PDFs: titled from the plan's
     * language and each file's {@code as-of}, so that no model is made for them.
     */
    private static IndexEntry withReports(IndexEntry entry, PlanSummary summary, CheckedPlan plan,
                                          ResultsOfPlans results, BuildOptions options) {
        if (summary == null) {
            return entry;
        }
        boolean digits = thaiDigits(plan, options);
        List<IndexEntry.Report> reports = new ArrayList<>();
        if (!plan.hasErrors()) {
            for (CheckedResults r : results.of(plan.id()).reversed()) {
                reports.add(new IndexEntry.Report(SiteRenderer.reportTitle(summary.lang(), r.asOf(), digits),
                        OutputFormat.HTML.fileName(r.id()),
                        options.formats().contains(OutputFormat.PDF) ? OutputFormat.PDF.fileName(r.id()) : null));
            }
        }
        return entry.inThaiDigits(digits).withReports(reports);
    }

    /** The errors of the results files that name {@code plan} and have errors (a file without an id names none). */
    private static long failedErrors(CheckedPlan plan, ResultsOfPlans results) {
        return plan.id() == null ? 0 : results.failed(plan.id()).stream().mapToLong(r -> r.count(Severity.ERROR)).sum();
    }

    /** The row with a link to the roll-up of the plan's schools, where it has any and pages are made. */
    private static IndexEntry withRollup(IndexEntry entry, PlanSummary summary, CheckedPlan plan, CascadeOfPlans cascade,
                                         BuildOptions options) {
        if (!options.formats().contains(OutputFormat.HTML) || cascade.children(plan).isEmpty()) {
            return entry;
        }
        Lang lang = summary == null ? Lang.TH : summary.lang();
        return entry.withRollup(new IndexEntry.Link(Labels.reportWord(lang, "rollup.link"),
                OutputFormat.HTML.fileName(SiteRenderer.rollupId(plan.id()))));
    }

    /**
     * The row with the plan's latest results, where it has any with a report: their line as kept
     * in {@code rows} beside the report's current key, else made from the models.
     */
    private static IndexEntry withLatest(IndexEntry entry, CheckedPlan plan, ResultsOfPlans results, BuildOptions options,
                                         Publisher rows, ReportLines lines) {
        CheckedResults latest = plan.hasErrors() ? null : results.latest(plan.id());
        if (latest == null) {
            return entry;
        }
        String kept = IndexRows.latestLine(lines.of(latest.id(), rows));
        String text = kept != null ? kept : IndexRows.latestLine(plan.plan(), latest.results(), thaiDigits(plan, options));
        return entry.withLatest(new IndexEntry.Latest(text,
                options.formats().contains(OutputFormat.HTML) ? OutputFormat.HTML.fileName(latest.id()) : null));
    }

    /**
     * A plan's summary: the row kept in the build's record beside its current key (a plan without
     * errors handled by {@code rows} in this run), else made from its model; null without a plan.
     */
    private static PlanSummary summaryOf(CheckedPlan plan, Publisher rows) {
        if (!plan.held().hasPlan()) {
            return null;
        }
        PlanSummary kept = plan.hasErrors() ? null : PlanSummary.parse(rows.row(plan.id()));
        return kept != null ? kept : PlanSummary.of(plan.plan());
    }

    /** Carries a checked failure out of a parallel stream. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The plan file being rendered, as the user named it. */
        final String plan;

        Failed(Exception cause, String plan) {
            super(cause);
            this.plan = plan;
        }
    }
}
