package plan.app.check;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import plan.bind.ResultsBinder;
import plan.cache.FindingsCodec;
import plan.diag.Diagnostic;
import plan.diag.Findings;
import plan.diag.Severity;
import plan.diag.Source;
import plan.format.Format;
import plan.load.Limits;
import plan.load.Loaded;
import plan.load.PlanLoader;
import plan.model.Results;

/**
 * A results file after checking: its findings, the SHA-256 of its bytes (its report's render
 * key), what the site needs of it (id, plan, day) and its model. A file recalled from the
 * check memo has its model and lines made again only when a report is rendered from it: a rebuild
 * after one results file changed binds that one alone. The index's line of it is not the check's:
 * the build keeps it in its record, beside the report's render key.
 */
public final class CheckedResults {
    /** What a clean results file says to the site without its model: its id, plan and {@code as-of} as written. */
    record Known(String id, String planId, String asOf) {
    }

    private final PlanFile file;
    private final List<Diagnostic> diagnostics;
    private final String contentHash;
    private final Known known;
    private final Limits limits;
    /** The lines the findings of a recalled file point at (the others empty); null when checked now. */
    private final Source shown;
    private Source source;
    private Results results;

    /** A file checked now: its model (null where it could not be bound) and lines. */
    public CheckedResults(PlanFile file, Source source, Results results, List<Diagnostic> diagnostics,
                          String contentHash) {
        this(file, source, results, diagnostics, contentHash, null, null, null);
    }

    private CheckedResults(PlanFile file, Source source, Results results, List<Diagnostic> diagnostics,
                           String contentHash, Known known, Limits limits, Source shown) {
        this.file = file;
        this.source = source;
        this.results = results;
        this.diagnostics = List.copyOf(diagnostics);
        this.contentHash = contentHash;
        this.known = known != null || results == null ? known
                : new Known(results.id().value(), results.plan() == null ? null : results.plan().value(),
                        results.asOf() == null ? null : results.asOf().value());
        this.limits = limits;
        this.shown = shown;
    }

    /**
     * A file recalled from the check memo, with the findings it had (none when {@code found} is
     * null) before any configuration's severities: its model is bound from the file when first
     * asked for.
     */
    static CheckedResults recalled(PlanFile file, String contentHash, Known known, Limits limits,
                                   FindingsCodec.Shown found) {
        return new CheckedResults(file, null, null, found == null ? List.of() : found.found(), contentHash, known,
                limits, found == null ? null : found.source());
    }

    /** The same file with {@code changed} as its findings (a configuration's severities applied). */
    CheckedResults withDiagnostics(List<Diagnostic> changed) {
        return new CheckedResults(file, source, results, changed, contentHash, known, limits, shown);
    }

    public PlanFile file() {
        return file;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public String contentHash() {
        return contentHash;
    }

    /**
     * The lines a printer of the findings needs: for a recalled file those remembered with its
     * findings (the file is not read again), else all of them.
     */
    public Source findingsSource() {
        return shown != null ? shown : source();
    }

    /** The file's lines; for a recalled file, read again. */
    public synchronized Source source() {
        bindAgain();
        return source;
    }

    /** The model, null where the file could not be bound; for a recalled file, bound again. */
    public synchronized Results results() {
        bindAgain();
        return results;
    }

    /** The id its report is written under, known where the file was bound. */
    public String id() {
        return known == null ? null : known.id();
    }

    /** The plan it reports on, as written; null where the file was not bound. */
    public String planId() {
        return known == null ? null : known.planId();
    }

    /** {@code as-of} as written ({@code 2568-03-31}); null where the file was not bound. */
    public String asOf() {
        return known == null ? null : known.asOf();
    }

    /** How many of its findings are of {@code severity}. */
    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return known == null || diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    private void bindAgain() {
        if (results != null || limits == null) {
            return;
        }
        try {
            Findings findings = new Findings(file.displayPath());
            Loaded loaded = new PlanLoader(limits).load(Files.readAllBytes(file.path()), findings);
            source = loaded.source();
            results = findings.hasErrors() ? null : ResultsBinder.bind(loaded.root(),
                    Format.STANDARD.results().defaultId(file.path().getFileName().toString()), findings, Format.STANDARD);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (results == null) {
            throw new IllegalStateException(file.displayPath() + " changed while it was built");
        }
    }
}
