package plan.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import plan.app.Build;
import plan.app.BuildFailure;
import plan.app.BuildOptions;
import plan.app.CheckReport;
import plan.app.CheckedPlan;
import plan.app.MemoryPublisher;
import plan.app.PlanChecker;
import plan.app.PlanFile;
import plan.app.PlanFiles;
import plan.app.UsageException;
import plan.diag.Diagnostic;
import plan.diag.Messages;
import plan.diag.Severity;
import plan.diag.TextPrinter;
import plan.load.Limits;
import plan.render.site.OutputFormat;
import plan.render.site.SiteRenderer;

/**
 * The site of the paths given, rendered into memory by the same steps as {@code plan build}: check
 * every file, render the plans without errors into a {@link MemoryPublisher}, which keeps the
 * documents of plans whose render key did not change, so a save renders only the plans it
 * affects. Each render publishes a new {@link SiteState}. Renders one at a time.
 */
final class LiveSite {
    private final ServeOptions options;
    private final Messages messages;
    /** Pages first (index, HTML, Markdown), then the PDFs: a save shows in the page without waiting for typesetting. */
    private final BuildOptions pages;
    private final BuildOptions pdfs;
    private final MemoryPublisher pageMemory = new MemoryPublisher();
    private final MemoryPublisher pdfMemory = new MemoryPublisher();
    private SiteRenderer renderer;
    private volatile SiteState state = SiteState.EMPTY;
    private volatile CheckReport lastReport;

    LiveSite(ServeOptions options, Messages messages) {
        this.options = options;
        this.messages = messages;
        // The same documents as plan build's default; no folder: nothing is ever written.
        this.pages = new BuildOptions(null, EnumSet.of(OutputFormat.MD, OutputFormat.HTML), options.templates(), false, null, false);
        this.pdfs = new BuildOptions(null, EnumSet.of(OutputFormat.PDF), options.templates(), false, null, false);
    }

    SiteState state() {
        return state;
    }

    /** The plan files as they are now: paths that vanished (deleted, renamed away) are left out. */
    List<PlanFile> planFiles() throws UsageException {
        List<String> present = options.paths().stream().filter(p -> Files.exists(Path.of(p))).toList();
        return present.isEmpty() ? List.of() : PlanFiles.find(present);
    }

    /** The last check's report (config and template folders come from it), or null before the first. */
    CheckReport lastReport() {
        return lastReport;
    }

    /**
     * Checks and renders everything again.
     *
     * @param freshTemplates the templates or project settings may have changed: parse them again
     * @param pagesChanged   called when the pages changed, before the PDFs are typeset
     */
    synchronized void render(boolean freshTemplates, Runnable pagesChanged) throws UsageException {
        if (renderer == null || freshTemplates) {
            renderer = new SiteRenderer(null, options.toolVersion());
        }
        // A new checker each time: it caches each folder's plan.config.yaml, which may have changed.
        CheckReport report = new PlanChecker(Limits.DEFAULT).checkAll(planFiles());
        lastReport = report;
        String failure = null;
        try {
            Build.run(report, pages, renderer, pageMemory, options.toolVersion(), done -> { });
        } catch (BuildFailure e) {
            failure = e.diagnostic() != null ? diagnosticsText(List.of(e.diagnostic()), report) : e.getMessage();
        } catch (IOException e) {
            failure = "cannot render: " + e.getMessage();
        }
        Map<String, String> broken = new TreeMap<>();
        for (CheckedPlan plan : report.plans()) {
            if (plan.hasErrors()) {
                String id = plan.plan() != null ? plan.plan().id().value() : plan.file().defaultId();
                List<Diagnostic> shown = plan.diagnostics().stream().filter(d -> d.severity() != Severity.NOTE).toList();
                broken.merge(id, diagnosticsText(shown, report), (a, b) -> a + b);
            }
        }
        SiteState previous = state;
        SiteState next = new SiteState(previous.version() + 1, pageMemory.documents().plus(pdfMemory.documents()), broken, failure);
        if (!next.sameContent(previous)) {
            state = next;
            pagesChanged.run();
        }
        if (failure == null) {
            try {
                Build.run(report, pdfs, renderer, pdfMemory, options.toolVersion(), done -> { });
                // The version stays: a PDF viewer has no script to reload, and the pages are as they were.
                SiteState now = state;
                state = new SiteState(now.version(), pageMemory.documents().plus(pdfMemory.documents()), now.broken(), null);
            } catch (BuildFailure | IOException e) {
                String why = e instanceof BuildFailure b && b.diagnostic() != null
                        ? diagnosticsText(List.of(b.diagnostic()), report) : e.getMessage();
                SiteState now = state;
                state = new SiteState(now.version() + 1, now.documents(), now.broken(), why);
                pagesChanged.run();
            }
        }
    }

    /** The diagnostics as {@code plan check} prints them: position, message, source line, hint. */
    private String diagnosticsText(List<Diagnostic> diagnostics, CheckReport report) {
        StringWriter text = new StringWriter();
        new TextPrinter(messages, false).print(diagnostics, report.sources(), new PrintWriter(text, true));
        return text.toString();
    }
}
