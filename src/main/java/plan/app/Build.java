package plan.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import plan.diag.Severity;
import plan.model.Lang;
import plan.render.TemplateFailure;
import plan.render.html.IndexEntry;
import plan.render.pdf.FontException;
import plan.render.site.Documents;
import plan.render.site.IndexEntries;
import plan.render.site.OutputFormat;
import plan.render.site.SiteRenderer;

/**
 * {@code plan build}: renders every plan without errors, in parallel, and hands each plan's
 * documents to a {@link Publisher} as soon as they are made; then the site's index and assets;
 * then publishes the lot, only when all of it succeeded. Plans with errors are not rendered;
 * their previous outputs stay as they were. Rendering, publishing and remembering what was
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
        SiteRenderer renderer = new SiteRenderer(options.font(), toolVersion);
        prepareFonts(report, options, renderer);
        try (FolderPublisher out = FolderPublisher.open(options.out())) {
            return run(report, options, renderer, out, toolVersion, progress);
        } catch (IOException e) {
            throw BuildFailure.usage("cannot write to " + options.out() + ": " + describe(e), e);
        }
    }

    /** Builds into {@code out}, which the caller opened and closes. */
    public static BuildResult run(CheckReport report, BuildOptions options, SiteRenderer renderer, Publisher out,
                                  String toolVersion, IntConsumer progress) throws BuildFailure, IOException {
        List<CheckedPlan> renderable = report.plans().stream().filter(p -> !p.hasErrors()).toList();
        Cascade cascade = Cascade.of(report);
        int current = renderAll(renderable, cascade, options, renderer, out, toolVersion, progress);
        if (options.formats().contains(OutputFormat.HTML)) {
            out.site(site(report, cascade, options, renderer));
        }
        out.publish();
        return new BuildResult(out.published(), renderable.size() - current, current,
                report.plans().size() - renderable.size());
    }

    /** A bad {@code --font} stops the build before anything is written. */
    private static void prepareFonts(CheckReport report, BuildOptions options, SiteRenderer renderer)
            throws BuildFailure {
        boolean anyRenderable = report.plans().stream().anyMatch(p -> !p.hasErrors());
        if (options.formats().contains(OutputFormat.PDF) && options.font() != null && anyRenderable) {
            try {
                renderer.prepareFonts();
            } catch (FontException e) {
                throw BuildFailure.usage(e.getMessage(), e);
            }
        }
    }

    /** Renders and hands over every plan whose documents are not current; returns how many were. */
    private static int renderAll(List<CheckedPlan> plans, Cascade cascade, BuildOptions options, SiteRenderer renderer,
                                 Publisher out, String toolVersion, IntConsumer progress) throws BuildFailure, IOException {
        AtomicInteger done = new AtomicInteger();
        AtomicInteger current = new AtomicInteger();
        RenderKey keys = new RenderKey(toolVersion);
        try {
            plans.parallelStream().forEach(plan -> {
                try {
                    Path templates = templatesOf(plan, options);
                    boolean digits = options.thaiDigits() || Boolean.TRUE.equals(plan.config().thaiDigits());
                    String id = plan.plan().id().value();
                    List<String> names = options.formats().stream().map(f -> id + "." + f.extension()).sorted().toList();
                    String key = keys.of(plan, options, templates, digits, cascade.relatedSources(plan));
                    if (!options.force() && out.holds(id, key, names)) {
                        current.incrementAndGet(); // its documents are current: nothing to do
                    } else {
                        Documents documents = renderer.plan(plan.plan(), cascade.index(), plan.source().lines(),
                                options.formats(), templates, digits);
                        out.plan(id, key, documents);
                    }
                    progress.accept(done.incrementAndGet());
                } catch (TemplateFailure | FontException | IOException e) {
                    throw new Failed(e);
                }
            });
        } catch (Failed f) {
            throw rethrown(f.getCause());
        }
        return current.get();
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
    private static Path templatesOf(CheckedPlan plan, BuildOptions options) {
        if (options.templates() != null) {
            return options.templates();
        }
        if (plan.config().templates() == null || plan.config().file() == null) {
            return null;
        }
        Path configFolder = Path.of(plan.config().file()).toAbsolutePath().getParent();
        return configFolder.resolve(plan.config().templates().value()).normalize();
    }

    /** The index of every plan of the report, in English only when every plan is, and the assets. */
    private static Documents site(CheckReport report, Cascade cascade, BuildOptions options, SiteRenderer renderer)
            throws BuildFailure, IOException {
        boolean allEnglish = !report.plans().isEmpty() && report.plans().stream()
                .allMatch(p -> p.plan() != null && p.plan().lang() == Lang.EN);
        Lang lang = allEnglish ? Lang.EN : Lang.TH;
        List<IndexEntry> entries = cascade.treeOrder(report.plans()).stream()
                .map(d -> IndexEntries.of(d.plan().plan(), d.plan().file().displayPath(), !d.plan().hasErrors(),
                        d.plan().count(Severity.ERROR), d.plan().count(Severity.WARNING), options.formats(), lang)
                        .atDepth(d.depth()))
                .toList();
        try {
            return renderer.site(entries, cascade.index(), lang, options.templates());
        } catch (TemplateFailure e) {
            throw BuildFailure.template(e);
        }
    }

    static String describe(IOException e) {
        String what = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? what : what.isEmpty() ? e.getMessage() : e.getMessage() + " (" + what + ")";
    }

    /** Carries a checked failure out of a parallel stream. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(Exception cause) {
            super(cause);
        }
    }
}
