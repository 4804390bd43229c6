package plan.app;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import plan.app.check.PlanChecker;
import plan.app.check.PlanFile;
import plan.cache.BuildState;
import plan.load.Limits;
import plan.model.Lang;
import plan.model.Relations;
import plan.render.markdown.AlignmentIndex;
import plan.render.site.OutputFormat;
import plan.render.site.SiteRenderer;
import plan.workspace.FileReport;
import plan.workspace.Workspace;

/**
 * Readies the renderer while the build checks: renders the starter plan of {@code plan init}
 * once, on a thread of its own, and throws the documents away. A rebuild after one change renders
 * that plan from a cold start, and most of that time is loading and initialising the renderers
 * (fonts, the Thai dictionary, templates, the PDF library), which then overlaps the check instead
 * of following it. The renderer's caches (templates, fonts) are shared and give the same bytes
 * however they were filled, so the documents of the build are the same with or without it.
 *
 * <p>A build of one file has no check of other files to overlap: its plan's render follows its
 * check at once, and a starter plan rendered beside it only competes with it (0.73 s against
 * 0.70 s for a cold build of one plan, and 0.1 s more CPU). What can overlap is what the PDF needs
 * last, its fonts and Thai dictionaries: they are read on a thread of their own while the plan is
 * checked and its Markdown and HTML are written (0.65 s against 0.70 s), and the render does not
 * wait for them.
 */
public final class WarmUp {
    /** What is readied in the background. */
    enum Readying {
        NOTHING,
        /** The PDF's fonts and dictionaries alone. */
        PDF,
        /** The template engine, then the PDF's fonts and dictionaries: a results report renders. */
        REPORTS,
        /** A starter plan rendered in every format asked for. */
        ALL
    }

    private final SiteRenderer renderer;
    /** Counted down when readying is over; null when it never started. */
    private final CountDownLatch done;
    private final Readying readying;

    private WarmUp(SiteRenderer renderer, CountDownLatch done, Readying readying) {
        this.renderer = renderer;
        this.done = done;
        this.readying = readying;
    }

    /** The renderer of a build of {@code options}, not readied. */
    static WarmUp cold(BuildOptions options, String toolVersion) {
        return new WarmUp(new SiteRenderer(options.font(), options.pdfStandard(), toolVersion), null,
                Readying.NOTHING);
    }

    /**
     * The renderer of a build of {@code options}, readied in the background when the build is
     * likely to render something: a file's bytes are not those {@code checker} remembers (or
     * there was no earlier build, or {@code --force}). A rebuild with nothing changed does not
     * spend the time; one after a change to a project file or template does not overlap it.
     * A build of one file readies only the PDF's fonts and dictionaries (see above). A rebuild
     * where a results file changed renders reports: it readies the template engine and those
     * fonts and dictionaries, what a report uses; a starter plan readies little else a report
     * uses (one results file changed among 1,000 plans with results: 1.24 s with the fonts alone
     * against 1.22 s with the starter plan, medians of 8, for 0.1 s less CPU).
     */
    public static WarmUp start(BuildOptions options, List<PlanFile> files, PlanChecker checker, String toolVersion) {
        if (files.isEmpty()) {
            return cold(options, toolVersion);
        }
        PlanChecker.Changed changed = options.force() || !java.nio.file.Files.isDirectory(BuildState.of(options.out()))
                ? PlanChecker.Changed.PLANS : checker.changed(files);
        WarmUp warm = cold(options, toolVersion);
        if (changed == PlanChecker.Changed.NOTHING) {
            return warm;
        }
        if (files.size() > 1 && changed == PlanChecker.Changed.PLANS) {
            return start(warm.renderer, options.formats());
        }
        if (files.size() > 1) { // changed == RESULTS: the report's templates are needed first, its fonts last
            boolean pdf = options.formats().contains(OutputFormat.PDF);
            ready(() -> warm.renderer.readyReports(options.templates(), pdf));
            return new WarmUp(warm.renderer, null, Readying.REPORTS);
        }
        if (options.formats().contains(OutputFormat.PDF)) {
            ready(warm.renderer::readyPdf);
            return new WarmUp(warm.renderer, null, Readying.PDF);
        }
        return warm;
    }

    /** Something the render needs, made on a thread of its own; nothing waits for it. */
    private interface Readied {
        void make() throws Exception;
    }

    /** Makes {@code readied} on a thread of its own; the render takes what is made, or makes it itself. */
    private static void ready(Readied readied) {
        Thread thread = new Thread(() -> {
            try {
                readied.make();
            } catch (Exception | LinkageError e) {
                // Only time is at stake: the render meets (and reports) a bad font or template itself.
            }
        }, "plan-ready");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts readying {@code renderer} for {@code formats} in the background. */
    private static WarmUp start(SiteRenderer renderer, Set<OutputFormat> formats) {
        WarmUp warm = new WarmUp(renderer, new CountDownLatch(1), Readying.ALL);
        Thread thread = new Thread(() -> {
            try {
                warm.render(renderer, formats);
            } catch (Exception | LinkageError e) {
                // Only time is at stake: the build meets (and reports) any real problem itself.
            } finally {
                warm.done.countDown();
            }
        }, "plan-warm-up");
        thread.setDaemon(true); // a build with nothing to render does not wait for it
        thread.start();
        return warm;
    }

    private void render(SiteRenderer renderer, Set<OutputFormat> formats) throws Exception {
        String name = "warm-up.plan.yaml";
        String text = StarterPlan.text(new StarterPlan.Answers(StarterPlan.defaultOrganization(Lang.TH), 2570, 2573,
                Lang.TH, null), name);
        FileReport checked = new Workspace(Limits.DEFAULT).check(text.getBytes(StandardCharsets.UTF_8), name);
        if (checked.plan() != null) {
            renderer.plan(checked.plan(), AlignmentIndex.of(Relations.NONE), checked.source().lines(), formats, null,
                    false, List.of(), warning -> { });
        }
    }

    /** What is being readied (for tests). */
    Readying readying() {
        return readying;
    }

    SiteRenderer renderer() {
        return renderer;
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
