package plan.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

import plan.load.Limits;
import plan.model.Lang;
import plan.model.ProjectConfig;
import plan.model.Relations;
import plan.render.markdown.AlignmentIndex;
import plan.render.site.Documents;
import plan.render.site.OutputFormat;
import plan.render.site.SiteRenderer;
import plan.workspace.FileReport;
import plan.workspace.Workspace;

/**
 * Readies the renderer while the build checks, on a thread of its own. A rebuild after one change
 * renders that plan from a cold start, and most of that time is loading and initialising the
 * renderers (fonts, the Thai dictionary, templates, the PDF library), which then overlaps the
 * check instead of following it.
 *
 * <p>What it renders is a guess at the build's first render: the first plan file whose bytes are
 * not those the check cache remembers, checked on its own (its result remembered, so the build's
 * check recalls it instead of checking it again). When the build then renders that plan
 * from the same bytes, under the same project file and options, and no plan or framework of the
 * build takes part in a cascade (so the plan's documents speak of no other file: see
 * {@link #documentsFor}), it takes these documents instead of making them again. Otherwise (no
 * such plan, or it has errors on its own) it renders the starter plan of {@code plan init} and
 * throws the documents away. The renderer's caches (templates, fonts, shapings) give the same
 * bytes however they were filled and a render depends on nothing but its arguments, so the
 * documents of the build are the same with or without it.
 */
public final class WarmUp {
    private final SiteRenderer renderer;
    /** Counted down when readying is over; null when it never started. */
    private final CountDownLatch done;
    /** Set (before {@link #done} is counted down) when readying rendered something. */
    private volatile boolean readied;
    /** The documents of the guessed plan, or null; read only after {@link #done}. */
    private volatile Guess guess;
    /** Set when the build took the guessed documents (for tests). */
    private volatile boolean taken;

    /** A plan rendered ahead of the build: which file, bytes and project file it was made from, and what came of it. */
    private record Guess(String displayPath, String contentHash, ProjectConfig config, Documents documents,
                         List<String> warnings) {
    }

    private WarmUp(SiteRenderer renderer, CountDownLatch done) {
        this.renderer = renderer;
        this.done = done;
    }

    /** The renderer of a build of {@code options}, not readied. */
    static WarmUp cold(BuildOptions options, String toolVersion) {
        return new WarmUp(new SiteRenderer(options.font(), options.pdfStandard(), toolVersion), null);
    }

    /**
     * The renderer of a build of {@code options}, readied in the background when the build is
     * likely to render something: a file's bytes are not those {@code checker} remembers (or
     * there was no earlier build, or {@code --force}). A rebuild with nothing changed does not
     * spend the time; one after a change to a project file or template does not overlap it. The
     * files are looked at on the background thread too: the check starts at once.
     */
    public static WarmUp start(BuildOptions options, List<PlanFile> files, PlanChecker checker, String toolVersion) {
        WarmUp warm = cold(options, toolVersion);
        if (files.isEmpty()) {
            return warm;
        }
        WarmUp started = new WarmUp(warm.renderer, new CountDownLatch(1));
        Thread thread = new Thread(() -> {
            try {
                started.ready(options, files, checker);
            } catch (Exception | LinkageError e) {
                // Only time is at stake: the build meets (and reports) any real problem itself.
            } finally {
                started.done.countDown();
            }
        }, "plan-warm-up");
        thread.setDaemon(true); // a build with nothing to render does not wait for it
        thread.start();
        return started;
    }

    private void ready(BuildOptions options, List<PlanFile> files, PlanChecker checker) throws Exception {
        boolean fresh = options.force()
                || !java.nio.file.Files.isDirectory(options.out().resolve(FolderPublisher.CACHE));
        PlanFile changed = checker.firstChanged(files);
        if (!fresh && changed == null) {
            return; // nothing is likely to be rendered
        }
        readied = true;
        if (changed != null && guess(changed, options, checker)) {
            return;
        }
        String name = "warm-up.plan.yaml";
        String text = StarterPlan.text(new StarterPlan.Answers(StarterPlan.defaultOrganization(Lang.TH), 2570, 2573,
                Lang.TH, null), name);
        FileReport checked = new Workspace(Limits.DEFAULT).check(text.getBytes(StandardCharsets.UTF_8), name);
        if (checked.plan() != null) {
            renderer.plan(checked.plan(), AlignmentIndex.of(Relations.NONE), checked.source().lines(),
                    options.formats(), null, false, List.of(), warning -> { });
        }
    }

    /**
     * Renders {@code file} as the build would if no file took part in a cascade; false when it is
     * not a plan without errors. The PDF is made on a second thread, which reads the fonts while
     * the plan is checked: once the check is over the build waits for this plan alone, and one
     * thread would leave the other core idle.
     */
    private boolean guess(PlanFile file, BuildOptions options, PlanChecker checker) throws Exception {
        Set<OutputFormat> formats = options.formats();
        boolean split = formats.contains(OutputFormat.PDF) && formats.size() > 1;
        CompletableFuture<CheckedPlan> checked = new CompletableFuture<>();
        List<String> pdfWarnings = new ArrayList<>();
        FutureTask<Documents> pdf = split ? new FutureTask<>(() -> {
            renderer.prepareFonts();
            CheckedPlan plan = checked.get();
            return plan == null ? null : Build.render(plan, options, EnumSet.of(OutputFormat.PDF), renderer,
                    AlignmentIndex.of(Relations.NONE), pdfWarnings::add);
        }) : null;
        if (pdf != null) {
            Thread thread = new Thread(pdf, "plan-warm-up-pdf");
            thread.setDaemon(true);
            thread.start();
        }
        CheckedPlan plan;
        try {
            plan = checker.checkAlone(file);
            checked.complete(plan == null || plan.hasErrors() ? null : plan);
        } finally {
            checked.complete(null); // a check that failed leaves no thread waiting (no effect once completed)
        }
        if (plan == null || plan.hasErrors()) {
            return false;
        }
        List<String> warnings = new ArrayList<>();
        Set<OutputFormat> here = EnumSet.noneOf(OutputFormat.class);
        here.addAll(formats);
        if (split) {
            here.remove(OutputFormat.PDF);
        }
        Documents documents = Build.render(plan, options, here, renderer, AlignmentIndex.of(Relations.NONE),
                warnings::add);
        if (pdf != null) {
            documents = documents.plus(pdf.get());
            warnings.addAll(pdfWarnings);
        }
        guess = new Guess(file.displayPath(), plan.contentHash(), plan.config(), documents,
                List.copyOf(warnings));
        return true;
    }

    /** True when readying started and rendered something (for tests: waits until it is over). */
    boolean readied() {
        await();
        return readied;
    }

    /** True when the build took the documents rendered ahead (for tests). */
    boolean taken() {
        return taken;
    }

    SiteRenderer renderer() {
        return renderer;
    }

    /**
     * The documents rendered ahead for {@code plan}, its warnings told to {@code warnings}; null
     * when there are none or they might differ from what the build would render now: another
     * file, other bytes, another project file, or a build where plans or frameworks cascade (the
     * guess was rendered with none). Waits until readying is over.
     */
    Documents documentsFor(CheckedPlan plan, Relations relations, Consumer<String> warnings) {
        await();
        Guess g = guess;
        if (g == null || g.contentHash() == null || plan.contentHash() == null || !g.contentHash().equals(plan.contentHash())
                || !g.displayPath().equals(plan.file().displayPath()) || !Objects.equals(g.config(), plan.config())
                || !relations.plans().isEmpty() || !relations.frameworks().isEmpty()) {
            return null;
        }
        g.warnings().forEach(warnings);
        taken = true;
        return g.documents();
    }

    /** Waits until the renderer is ready (or readying it failed): the build renders right after. */
    void await() {
        if (done == null) {
            return;
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
