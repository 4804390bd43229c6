package plan.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import plan.diag.Severity;
import plan.model.Lang;
import plan.render.TemplateFailure;
import plan.render.html.IndexEntry;
import plan.render.html.SiteAssets;
import plan.render.html.SiteIndex;
import plan.render.markdown.Labels;
import plan.render.markdown.PeriodText;
import plan.render.pdf.FontException;

/**
 * {@code plan build}: renders every plan without errors, in parallel, into a staging folder, and
 * publishes the lot only when all of it succeeded. Plans with errors are not rendered; their
 * previous outputs stay as they were.
 */
public final class Build {
    private Build() {
    }

    /**
     * @param progress called with the number of plans done so far (for a progress line)
     */
    public static BuildResult run(CheckReport report, BuildOptions options, String toolVersion, IntConsumer progress)
            throws BuildFailure {
        List<CheckedPlan> renderable = report.plans().stream().filter(p -> !p.hasErrors()).toList();
        Renderers renderers = new Renderers(options.font());
        if (options.formats().contains(OutputFormat.PDF) && options.font() != null && !renderable.isEmpty()) {
            try {
                renderers.pdf(); // a bad --font stops the build before anything is written
            } catch (FontException e) {
                throw new BuildFailure(e.getMessage(), false, e);
            }
        }
        try (OutputFolder out = OutputFolder.open(options.out())) {
            List<String> written = new ArrayList<>();
            java.util.Queue<String> warnings = new java.util.concurrent.ConcurrentLinkedQueue<>();
            Map<PlanFile, List<String>> outputs = renderAll(renderable, options, renderers, out, toolVersion, progress,
                    warnings::add);
            outputs.values().forEach(written::addAll);
            if (options.formats().contains(OutputFormat.HTML)) {
                written.addAll(writeSite(report, outputs, options, renderers, out));
            }
            out.commit(SiteIndex.FILE);
            long current = outputs.values().stream().filter(List::isEmpty).count();
            return new BuildResult(written.stream().sorted().toList(), renderable.size() - (int) current, (int) current,
                    report.plans().size() - renderable.size(), warnings.stream().sorted().toList());
        } catch (IOException e) {
            throw new BuildFailure("cannot write to " + options.out() + ": " + describe(e), false, e);
        }
    }

    private static Map<PlanFile, List<String>> renderAll(List<CheckedPlan> plans, BuildOptions options,
            Renderers renderers, OutputFolder out, String toolVersion, IntConsumer progress,
            java.util.function.Consumer<String> warnings) throws BuildFailure, IOException {
        // Keyed by file: a plan record's hash would walk its whole model on every access.
        Map<PlanFile, List<String>> outputs = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        BuildCache cache = new BuildCache(out.root(), toolVersion);
        try {
            plans.parallelStream().forEach(plan -> {
                try {
                    Path templates = templatesOf(plan, options);
                    boolean digits = options.thaiDigits() || Boolean.TRUE.equals(plan.config().thaiDigits());
                    String id = plan.plan().id().value();
                    List<String> names = options.formats().stream().map(f -> id + "." + f.extension()).sorted().toList();
                    String key = cache.key(plan, options, templates, digits);
                    if (!options.force() && cache.upToDate(id, key, names)) {
                        outputs.put(plan.file(), List.of()); // its documents are current: nothing to write
                    } else {
                        outputs.put(plan.file(), PlanRendering.render(plan, options.formats(), renderers.forTemplates(templates),
                                renderers, digits, out, toolVersion, warnings));
                        cache.record(out, id, key);
                    }
                    progress.accept(done.incrementAndGet());
                } catch (TemplateFailure | FontException | IOException e) {
                    throw new Failed(e);
                }
            });
        } catch (Failed f) {
            Throwable cause = f.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new BuildFailure(cause.getMessage(), cause instanceof TemplateFailure, cause);
        }
        return outputs;
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

    private static List<String> writeSite(CheckReport report, Map<PlanFile, List<String>> outputs,
            BuildOptions options, Renderers renderers, OutputFolder out) throws BuildFailure, IOException {
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> asset : SiteAssets.collect(options.templates()).entrySet()) {
            Files.write(out.stage(asset.getKey()), asset.getValue());
            written.add(asset.getKey());
        }
        boolean allEnglish = !report.plans().isEmpty() && report.plans().stream()
                .allMatch(p -> p.plan() != null && p.plan().lang() == Lang.EN);
        Lang lang = allEnglish ? Lang.EN : Lang.TH;
        List<IndexEntry> entries = report.plans().stream()
                .map(p -> entry(p, outputs.get(p.file()), lang, options.formats())).toList();
        try {
            String index = SiteIndex.render(renderers.forTemplates(options.templates()).engine(), entries, lang.code(),
                    Labels.defaults(lang));
            Files.writeString(out.stage(SiteIndex.FILE), index);
        } catch (TemplateFailure e) {
            throw new BuildFailure(e.getMessage(), true, e);
        }
        written.add(SiteIndex.FILE);
        return written;
    }

    /** {@code outputs} is null for a plan that was not rendered (it had errors). */
    private static IndexEntry entry(CheckedPlan p, List<String> outputs, Lang lang, java.util.Set<OutputFormat> formats) {
        boolean th = lang == Lang.TH;
        long errors = p.count(Severity.ERROR);
        long warnings = p.count(Severity.WARNING);
        String status;
        String text;
        if (p.hasErrors()) {
            status = "errors";
            text = th ? "ข้อผิดพลาด " + errors + " รายการ: ไม่ได้สร้างเอกสาร" : errors + " error(s): not rendered";
        } else if (warnings > 0) {
            status = "warnings";
            text = th ? "ผ่าน มีคำเตือน " + warnings + " รายการ" : "passed with " + warnings + " warning(s)";
        } else {
            status = "ok";
            text = th ? "ผ่าน" : "passed";
        }
        if (p.plan() == null) {
            return new IndexEntry(p.file().displayPath(), "", "", status, text, null, null);
        }
        String id = p.plan().id().value();
        String page = outputs != null && formats.contains(OutputFormat.HTML) ? id + ".html" : null;
        String pdf = outputs != null && formats.contains(OutputFormat.PDF) ? id + ".pdf" : null;
        Map<String, String> labels = PlanRendering.labels(p.plan());
        String organization = p.plan().organization() == null ? "" : PlanRendering.plain(p.plan().organization().name());
        String period = p.plan().period() == null ? "" : PeriodText.of(p.plan().period(), labels.get("year"));
        return new IndexEntry(p.plan().title() == null ? id : PlanRendering.plain(p.plan().title()), organization,
                period, status, text, page, pdf);
    }

    private static String describe(IOException e) {
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
